// The deck as Slidev's own parser reads it: the source of truth for titles, notes and counts.
import { resolve } from 'node:path'
import { load } from '@slidev/parser/fs'

export interface DeckSlide {
  no: number
  title: string
  note: string
  content: string
  frontmatter: Record<string, unknown>
}

export const ROOT = resolve(import.meta.dirname, '../..')

export async function loadDeck(): Promise<{ slides: DeckSlide[], headmatter: Record<string, unknown> }> {
  const data = await load({ roots: [ROOT], userRoot: ROOT }, resolve(ROOT, 'slides.md'))
  const slides = data.slides.map((slide, i) => ({
    no: i + 1,
    title: (slide.title ?? '').trim(),
    note: (slide.note ?? '').trim(),
    content: slide.content,
    frontmatter: slide.frontmatter,
  }))
  return { slides, headmatter: data.headmatter }
}

/** Text of a title as it renders: Markdown emphasis and code marks removed. */
export function plainTitle(title: string): string {
  return title.replace(/[*_`]/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').trim()
}
