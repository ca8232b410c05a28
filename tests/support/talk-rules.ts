import type { Figure } from '../../components/figures/stages.ts'
// The talk's content rules as pure functions of the Markdown: what a slide declares (its clicks), what
// its notes say (click segments, cue words, stage talk) and what it shows as text. The unit project
// runs them on the parsed deck in seconds; no rule holds a sentence of the talk.
import type { DeckSlide } from '../../scripts/deck.ts'
import { hasText } from '../../scripts/pdf.ts'

/** A speaker reads notes aloud at about 140 words a minute. */
export const WORDS_PER_MINUTE = 140

/** What a speaker says for each click: the note without its budget, split at its [click] markers. */
export function clickSegments(note: string): string[] {
  return note.replace(/^\(\d+ ?s\)/, '').split('[click]').map(s => s.trim())
}

/** The bold cue words of a segment of notes: each `**…**` span, which the presenter's eye finds first. */
export function cueWords(segment: string): string[] {
  return Array.from(segment.matchAll(/\*\*([^*]+)\*\*/g), m => m[1]!)
}

/**
 * Stage talk a listener cannot follow: the audience never saw the sources or the code behind the
 * talk. Say it right on stage; the record of what was corrected lives in docs/claims.md and the handouts.
 */
export const STAGE_TALK: RegExp[] = [
  /\bour sources?\b/i,
  /\bthe sources? (?:says?|puts?|calls?)\b/i,
  /\bthe project\b/i,
  /\brepository\b/i,
  /\bsnippets folder\b/i,
]

/**
 * The clicks a slide declares in its Markdown: `<v-click>` and `v-click` one each, `<v-clicks>` one per
 * top-level list item, a figure of `FIGURES` one per stage after the first from its `at` (1 if not
 * given), `clicks:` in the frontmatter at least. Null when the slide uses anything else that adds
 * clicks: then only the browser can count them.
 */
export function declaredClicks(slide: DeckSlide, figures: Figure[]): number | null {
  const content = withoutCode(slide.content)
  if (/v-(?:switch|motion|after|click-hide|click\.)|<v-clicks\s[^>]*>|\bclicks=/.test(content))
    return null
  let inOrder = 0
  for (const block of content.matchAll(/<v-clicks>([\s\S]*?)<\/v-clicks>/g))
    inOrder += block[1]!.split('\n').filter(line => /^(?:[-*+]|\d+\.) /.test(line)).length
  inOrder += (content.replace(/<v-clicks>[\s\S]*?<\/v-clicks>/g, '').match(/<v-click\b|\sv-click\b/g) ?? []).length
  let last = inOrder
  for (const { component, stages } of figures) {
    const tag = new RegExp(`<${component}\\b[^>]*>`).exec(content)
    if (tag)
      last = Math.max(last, Number(/:at="(\d+)"/.exec(tag[0])?.[1] ?? 1) + stages.length - 2)
  }
  return Math.max(last, Number(slide.frontmatter.clicks ?? 0))
}

function withoutCode(markdown: string): string {
  return markdown
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/^```[\s\S]+?^```/gm, ' ')
    .replace(/^<<< .*$/gm, ' ')
    .replace(/`[^`\n]*`/g, ' ')
}

/** A component's opening tag in Markdown: `<ParameterGrid />`, `<TipCallout href="…">`. */
export const COMPONENT_TAG = /<([A-Z][\w-]*)((?:\s[^>]*?)?)\/?>/g

/**
 * The text a slide shows, from its Markdown: code and comments dropped, each component's tag replaced
 * by `component(tag)` (its rendered text, or nothing), HTML tags and Markdown marks removed.
 * `title: false` leaves the heading and a references list out (body text, as the browser measures it).
 */
export function shownText(
  content: string,
  component: (tag: string) => string = () => ' ',
  { title = true } = {},
): string {
  let text = withoutCode(content)
  if (!title) // the heading, and a references list, are not body text
    text = text.replace(/^# .*$/m, ' ').replace(/<div class="references">[\s\S]*?<\/div>/g, ' ')
  return text
    .replace(COMPONENT_TAG, tag => ` ${component(tag)} `)
    .replace(/<[^>]*>/g, ' ')
    .replace(/^::\w+::$/gm, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^#+ |[*_|]/gm, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

/** The numbers in a text (12, 1.2, 10,000) that docs/claims.md does not hold. */
export function unlistedNumbers(text: string, claims: string): string[] {
  return (text.match(/\d[\d,.]*\d|\d/g) ?? []).filter(number => !claims.includes(number))
}

/** A term of art, how it appears, and a short key phrase of the words that explain it. */
export interface Term {
  term: string
  pattern: RegExp
  /** 2 to 5 words of the explanation, as said or shown: they must come at or before the term's first use. */
  key: string
}

/**
 * Terms used before they are explained: for each term, the first slide (of `heard`, a text a slide,
 * in order) that uses it must hold its key phrase, or come after one that does.
 */
export function unexplainedTerms(heard: string[], glossary: Term[]): string[] {
  return glossary.flatMap(({ term, pattern, key }) => {
    const used = heard.findIndex(text => pattern.test(text))
    const explained = heard.findIndex(text => hasText(text, key))
    if (used === -1 || (explained !== -1 && explained <= used))
      return []
    const where = explained === -1 ? 'is nowhere' : `only on slide ${explained + 1}`
    return [`"${term}" used on slide ${used + 1}, but "${key}" ${where}`]
  })
}
