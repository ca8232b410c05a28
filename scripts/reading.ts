// The reading version's text (reading/ReadingPage.vue), made at build time from the deck as Slidev
// parses it, so that no text exists twice: `virtual:reading` exports each slide's notes as prose,
// by slide title, when talk.config.ts publishes them (and nothing otherwise), and the full talk's
// references slides, for a cut that leaves them out.
import type { Plugin } from 'vite'
import { createMarkdownExit } from 'markdown-exit'
import { publishNotes } from '../talk.config.ts'
import { ENTRIES, loadDeck } from './deck.ts'

const ID = 'virtual:reading'
const RESOLVED = `\0${ID}`

/** A note as prose: no time budget, no [click] markers (each starts a paragraph), no bold cues. */
export function noteProse(note: string): string {
  return note
    .replace(/^\s*\(\d+ ?s\)\s*/, '')
    .replace(/\s*\[click(?::\d+)?\]\s*/gi, '\n\n')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .trim()
}

/** A slide's body without its title line: what a references slide lists. */
function bodyOf(content: string): string {
  return content.replace(/^\s*#\s.*$/m, '').trim()
}

export interface ReadingText {
  /** Each slide's notes as HTML, by slide title; empty when the notes are not published. */
  notes: Record<string, string>
  /** The full talk's references slides: title and list as HTML. */
  references: { title: string, html: string }[]
}

export async function readingText(publish = publishNotes()): Promise<ReadingText> {
  const md = createMarkdownExit({ html: true })
  // Both versions of the talk: the cut is made of the full talk's slides, titles are unique.
  const decks = await Promise.all(Object.values(ENTRIES).map(entry => loadDeck(entry)))
  const slides = decks.flatMap(deck => deck.slides)
  const notes = publish
    ? Object.fromEntries(slides.filter(s => s.note).map(s => [s.title, md.render(noteProse(s.note))]))
    : {}
  const references = decks[0]!.slides
    .filter(s => /class="references"/.test(s.content))
    .map(s => ({ title: s.title, html: md.render(bodyOf(s.content)) }))
  return { notes, references }
}

export function reading(): Plugin {
  return {
    name: 'reading',
    resolveId: id => (id === ID ? RESOLVED : undefined),
    async load(id) {
      if (id !== RESOLVED)
        return
      const { notes, references } = await readingText()
      return `export const notes = ${JSON.stringify(notes)}\nexport const references = ${JSON.stringify(references)}\n`
    },
  }
}
