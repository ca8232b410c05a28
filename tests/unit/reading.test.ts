// The reading version's prose, made from each slide's notes (scripts/reading.ts): what the speaker
// says, without the script's cues. Checked on every note of the deck and on the rules themselves.
import { describe, expect, it } from 'vitest'
import { loadDeck } from '../../scripts/deck.ts'
import { noteProse, readingText } from '../../scripts/reading.ts'

const { slides } = await loadDeck()

describe('the reading version\'s prose', () => {
  it('drops the budget, the [click] markers (a paragraph each) and bold cues, and keeps links', () => {
    expect(noteProse('(75 s) Welcome. [click] **Look** here: [a source](https://example.org/x).'))
      .toBe('Welcome.\n\nLook here: [a source](https://example.org/x).')
  })

  it('has every slide\'s notes, with no cue left, when the notes are published', async () => {
    const { notes } = await readingText(true)
    expect(slides.filter(s => !notes[s.title]).map(s => s.title)).toEqual([])
    expect(Object.values(notes).filter(html => /\(\d+ ?s\)|\[click|\*\*/.test(html))).toEqual([])
  })

  it('has no notes at all when they are not published', async () => {
    expect((await readingText(false)).notes).toEqual({})
  })
})
