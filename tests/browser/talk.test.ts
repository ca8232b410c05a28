import type { Page } from 'playwright-chromium'
import type { SlideText } from '../support/slide-text.ts'
// The talk as the audience sees it in the built deck: clicks pressed match the notes' [click] markers,
// slides stay short as measured on the rendered slide, and every number rendered has its source in
// docs/claims.md. The rules decided from the Markdown (terms, source sections, timing, notes) run in
// the unit project: tests/unit/talk-rules.test.ts.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { loadDeck, ROOT } from '../../scripts/deck.ts'
import { clickMarkers } from '../support/deck.ts'
import { countClicks, openSlide, useBrowser } from '../support/page.ts'
import { countWords, readSlideText } from '../support/slide-text.ts'
import { unlistedNumbers } from '../support/talk-rules.ts'

const { slides } = await loadDeck()
const site = inject('siteUrl')
const browser = useBrowser()
const CLAIMS = readFileSync(resolve(ROOT, 'docs/claims.md'), 'utf8')
// The limits of a slide an audience reads while listening: about 40 words, bullets of about 12, table
// cells of a few. Detail goes to the notes, which the handouts print.
const LIMITS = { words: 40, bullet: 12, cell: 8 }
const NOT_CONTENT = ['cover', 'section', 'center']

let page: Page
/** Each slide at its final click: what is measured of its text. */
const shown: { no: number, title: string, measured: SlideText, content: boolean }[] = []

beforeAll(async () => {
  page = await browser().newPage({ viewport: { width: 1280, height: 720 } })
  for (const { no, title, frontmatter } of slides) {
    await openSlide(page, site, no, 99)
    const measured = await readSlideText(page, no)
    const references = await page.locator(`.slidev-page-${no} .references`).count() > 0
    shown.push({ no, title, measured, content: !NOT_CONTENT.includes(String(frontmatter.layout)) && !references })
  }
})

describe('the talk in the built deck', () => {
  it('has as many clicks on each slide as its notes have [click] markers', async () => {
    const found: Record<number, number> = {}
    const expected: Record<number, number> = {}
    for (const { no, note } of slides.slice(0, -1)) { // the last slide has nowhere to go
      await openSlide(page, site, no)
      found[no] = await countClicks(page, no)
      expected[no] = clickMarkers(note)
    }
    expect(found).toEqual(expected)
  })
})

describe('one idea a slide', () => {
  it.each(slides)('slide $no ($title) keeps to about 40 words, bullets of 12, cells of a few', ({ no }) => {
    const { measured } = shown.find(s => s.no === no)!
    const long = (texts: string[], limit: number) => texts.filter(t => countWords(t) > limit)
    const { words, bullets, cells } = measured
    expect({ words, bullets: long(bullets, LIMITS.bullet), cells: long(cells, LIMITS.cell) })
      .toEqual({ words: Math.min(words, LIMITS.words), bullets: [], cells: [] })
  })

  it('keeps at most three content slides as text alone (no figure, table, code or demo)', () => {
    const textOnly = shown.filter(s => s.content && !s.measured.visual).map(s => s.title)
    expect(textOnly.length, textOnly.join(', ')).toBeLessThanOrEqual(3)
  })
})

describe('every number sourced', () => {
  // The unit project checks the Markdown; this checks what renders, components' own text included.
  it('lists every number shown outside computed figures and code in docs/claims.md', () => {
    const missing = shown.flatMap(({ no, measured }) =>
      unlistedNumbers(measured.body, CLAIMS).map(n => `slide ${no}: ${n}`))
    expect(missing).toEqual([])
  })
})
