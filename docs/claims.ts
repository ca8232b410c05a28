// docs/claims.md as data, for the handouts, the reading version and the tools: its rows, every source
// it cites (once, in order of first citation) and its record of corrections. Pure: the caller reads
// the file (Node with fs, the browser with Vite's `?raw`).

export interface ClaimRow { no: number, slide: string, claim: string, source: string, quote: string }
export interface Source { label: string, url: string }

/** A table's body rows, split into cells at unescaped bars. */
function tableRows(table: string): string[][] {
  return table.split('\n')
    .filter(line => line.startsWith('| ') && !/^\| (?:-|#)/.test(line))
    .map(line => line.split(/(?<!\\)\|/).slice(1, -1).map(cell => cell.trim().replace(/\\\|/g, '|')))
}

/** The section of the file under a `## ` heading, or the part before the first heading. */
function section(markdown: string, heading?: string): string {
  const parts = markdown.split('\n## ')
  return heading ? parts.find(p => p.startsWith(heading)) ?? '' : parts[0]!
}

export function claimRows(markdown: string): ClaimRow[] {
  return tableRows(section(markdown)).filter(cells => /^\d+$/.test(cells[0]!)).map(([no, slide, claim, source, quote]) =>
    ({ no: Number(no), slide: slide!, claim: claim!, source: source!, quote: quote! }))
}

const URL = /https:\/\/[^\s)"'<>\]]+/g

/**
 * Every source the table cites, once: "Authors year, *Title*" and its address. A later citation in
 * short form ("Hu et al. 2021, https://…") never replaces the full one.
 */
export function citedSources(rows: ClaimRow[]): Source[] {
  const byUrl = new Map<string, Source>()
  for (const row of rows) {
    for (const part of row.source.split(' ; ')) {
      for (const match of part.matchAll(URL)) {
        const url = match[0].replace(/[.,;]$/, '')
        const label = part.slice(0, match.index).replace(/,\s*$/, '').trim()
        const known = byUrl.get(url)
        if (!known || (!known.label.includes('*') && label.includes('*')))
          byUrl.set(url, { label: label || url, url })
      }
    }
  }
  return [...byUrl.values()]
}

/** The record of what the talk corrects in its two source documents: [they say, the talk says]. */
export function corrections(markdown: string): { theySay: string, talkSays: string }[] {
  return tableRows(section(markdown, 'Where the source documents were corrected'))
    .slice(1) // the header row
    .map(([theySay, talkSays]) => ({ theySay: theySay!, talkSays: talkSays! }))
}
