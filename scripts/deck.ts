// The deck as Slidev's own parser reads it: the source of truth for titles, notes and counts.
import { resolve } from 'node:path'
import process from 'node:process'
import { load } from '@slidev/parser/fs'

export type { OutlineEntry } from '../shared/outline.ts'
export { outline, plainTitle } from '../shared/outline.ts'

export interface DeckSlide {
  no: number
  title: string
  note: string
  content: string
  frontmatter: Record<string, unknown>
  /** The Markdown file the slide is written in (slides.md, or a page it imports). */
  file: string
}

export const ROOT = resolve(import.meta.dirname, '..')

/** The two versions of the talk, built from the same pages/: the full talk and the 10-minute cut. */
export const ENTRIES = { full: 'slides.md', lightning: 'lightning.md' } as const
/** The version the build and export scripts work on: the full talk, or another with DECK=lightning.md. */
export const ENTRY = process.env.DECK ?? ENTRIES.full

export async function loadDeck(
  entry: string = ENTRY,
): Promise<{ slides: DeckSlide[], headmatter: Record<string, unknown> }> {
  const data = await load({ roots: [ROOT], userRoot: ROOT }, resolve(ROOT, entry))
  const slides = data.slides.map((slide, i) => ({
    no: i + 1,
    title: (slide.title ?? '').trim(),
    note: (slide.note ?? '').trim(),
    content: slide.content,
    frontmatter: slide.frontmatter,
    file: slide.source.filepath,
  }))
  return { slides, headmatter: data.headmatter }
}

/**
 * A slide's time budget, in seconds: every note opens with it, e.g. "(75 s) Welcome…".
 * The one rule for it: the deck's timing test, the build (pacing in the presenter view) and the
 * remote read budgets only through here. Null when the note does not open with a budget.
 */
export function noteSeconds(note: string): number | null {
  const match = /^\((\d+) ?s\)/.exec(note.trimStart())
  return match ? Number(match[1]) : null
}

/**
 * The budgets the browser needs for pacing, by slide title (titles are unique, and a title survives
 * a slide moving into pages/ or into a shorter cut). Numbers only: no note text reaches the build.
 */
export function budgetsByTitle(slides: DeckSlide[]): Record<string, number> {
  return Object.fromEntries(slides.flatMap((s) => {
    const seconds = noteSeconds(s.note)
    return seconds === null ? [] : [[s.title, seconds]]
  }))
}
/**
 * The slide that shows a component: the first whose content holds its tag, with the tag's `at`
 * (the slide click of the component's first stage; 1 when not given).
 */
export function slideWithTag(slides: DeckSlide[], component: string): { slide: DeckSlide, at: number } | undefined {
  const tag = new RegExp(`<${component}(?:\\s[^>]*)?/?>`)
  for (const slide of slides) {
    const found = tag.exec(slide.content)
    if (found)
      return { slide, at: Number(/:at="(\d+)"/.exec(found[0])?.[1] ?? 1) }
  }
  return undefined
}
