// What the tests read off the deck (scripts/deck.ts loads it): titles as file names, clicks and
// notes, where a component is shown.
import type { DeckSlide } from '../../scripts/deck.ts'
import { plainTitle } from '../../scripts/deck.ts'

// Where a component is shown: the benchmark needs it too, so it lives with the deck's loader.
export { slideWithTag } from '../../scripts/deck.ts'

/** A title as a file name: baselines are named by it, so inserting a slide renames no other's. */
export function slug(title: string): string {
  return plainTitle(title).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')
}

/** The number of the slide with this title (titles are unique in the deck). */
export function slideNumber(slides: DeckSlide[], title: string): number {
  const slide = slides.find(s => s.title === title)
  if (!slide)
    throw new Error(`No slide titled "${title}"`)
  return slide.no
}

/** Words a speaker says for a note: its script, without the budget and the [click] markers. */
export function spokenWords(note: string): number {
  return note.replace(/^\(\d+ s\)/, '').replace(/\[click\]/g, '').split(/\s+/).filter(w => /[\p{L}\p{N}]/u.test(w)).length
}

/** The `[click]` markers of a slide's notes: one per click, so the presenter knows what to say when. */
export function clickMarkers(note: string): number {
  return note.match(/\[click\]/g)?.length ?? 0
}

/** Speaker notes as plain text for print: Markdown marks dropped, each [click] a new line. */
export function notesText(note: string): string {
  return note
    .replace(/\s*\[click\]\s*/g, '\n\u2022 ')
    .replace(/[*_`]/g, '')
    .trim()
}

/** The first words of a slide's notes, before its first click: a phrase every rendering keeps. */
export function notesOpening(note: string, length = 90): string {
  return notesText(note).split('\n')[0]!.slice(0, length)
}

/**
 * What the speaker says at click `click` of a note, as plain words: the part after the click-th
 * `[click]` (before the first, for 0), without the seconds budget, Markdown marks and link targets.
 */
export function spokenPart(note: string, click: number): string {
  const part = note.replace(/^\(\d+ ?s\)/, '').split(/\[click\]/)[click] ?? ''
  return plainWords(part.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1'))
}

/** Text with Markdown's marks dropped and its spaces collapsed, for comparing rendered and written text. */
export function plainWords(text: string): string {
  return text.replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim()
}
