// @vitest-environment node
// docs/claims.md against the deck: every link the talk shows is a listed source, the references
// slide cites only listed sources, and every row names a slide of the talk.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { citedSources, claimRows } from '../../docs/claims.ts'
import { loadDeck, ROOT } from '../../scripts/deck.ts'

const { slides } = await loadDeck()
const claims = readFileSync(resolve(ROOT, 'docs/claims.md'), 'utf8')
const table = claims.split('\n## ')[0]!
const rows = table.split('\n').filter(line => /^\| \d+ \|/.test(line)).map(line => line.split(/(?<!\\)\|/).slice(1, -1).map(cell => cell.trim()))
const urls = (text: string) => Array.from(text.matchAll(/https:\/\/[^\s)"'<>\]]+/g), m => m[0].replace(/[.,;]$/, ''))
const references = slides.filter(s => s.title.startsWith('References'))

describe('docs/claims.md', () => {
  it('numbers its rows 1, 2, 3… and fills every cell: slide, claim, source, supporting sentence', () => {
    expect(rows.length).toBeGreaterThan(40)
    expect(rows.map(r => Number(r[0]))).toEqual(rows.map((_, i) => i + 1))
    expect(rows.filter(r => r.length !== 5 || r.some(cell => !cell))).toEqual([])
  })

  it('names only slides of the talk', () => {
    const titles = new Set(slides.map(s => s.title))
    const named = rows.map(r => r[1]!.replace(/ \((notes|tip)\)$/, ''))
    expect(named.filter(t => !titles.has(t))).toEqual([])
  })

  it('lists every link the slides show (references and the tip) as a source', () => {
    const shown = [...new Set(slides.flatMap(s => urls(s.content)))]
    expect(shown.length).toBeGreaterThan(5) // the references slide and the tip
    expect(shown.filter(url => !table.includes(url))).toEqual([])
  })

  it('lists each address it cites once in the handouts\' sources, and the references slide cites only those', () => {
    const cited = [...new Set(rows.flatMap(r => urls(r[3]!)))]
    const sources = citedSources(claimRows(claims))
    expect(sources.map(s => s.url).sort()).toEqual(cited.sort())
    expect(sources.filter(s => !s.label.includes('*')).map(s => s.url)).toEqual([]) // every one has its title
    const listed = references.flatMap(s => urls(s.content))
    expect(listed.length).toBeGreaterThan(5)
    expect(listed.filter(url => !cited.includes(url))).toEqual([])
  })
})
