// The caption bar says a note as the speaker says it: without the seconds budget or emphasis, with
// its [click] markers kept for Slidev's note renderer to split it by click.
import { describe, expect, it } from 'vitest'
import { spokenHtml } from '../../presenter/captions.ts'

// A note as Slidev's build renders it: "(65 s) Four **things**. [click] It is *massive*."
const NOTE = '<p>(65 s) Four <strong>things</strong>.\n<span class="slidev-note-click-mark" data-clicks="1"></span>'
  + 'It is <em>massive</em>.</p>\n'

describe('spokenHtml', () => {
  it('drops the seconds budget and the emphasis, and keeps the click markers', () => {
    expect(spokenHtml(NOTE)).toBe('<p>Four things.\n<span class="slidev-note-click-mark" data-clicks="1"></span>'
      + 'It is massive.</p>\n')
  })

  it('leaves a note without a budget as it is, but for emphasis', () => {
    expect(spokenHtml('<p>No (5 s) budget here, <b>none</b>.</p>')).toBe('<p>No (5 s) budget here, none.</p>')
  })
})
