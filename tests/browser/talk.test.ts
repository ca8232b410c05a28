import type { Page } from 'playwright-chromium'
import type { SlideText } from '../support/slide-text.ts'
// The talk as the audience sees it in the built deck: clicks match the notes' [click] markers, every
// source section shows, slides stay short, terms are explained before they are used, and every
// number shown has its source in docs/claims.md.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { loadDeck, ROOT } from '../../scripts/deck.ts'
import { hasText } from '../../scripts/pdf.ts'
import { clickMarkers, slideNumber } from '../support/deck.ts'
import { GLOSSARY } from '../support/glossary.ts'
import { countClicks, openSlide, useBrowser } from '../support/page.ts'
import { countWords, readSlideText } from '../support/slide-text.ts'
import { SOURCE_SECTIONS } from '../support/source-sections.ts'

const { slides } = await loadDeck()
const site = inject('siteUrl')
const browser = useBrowser()
const CLAIMS = readFileSync(resolve(ROOT, 'docs/claims.md'), 'utf8')
// The limits of a slide an audience reads while listening: about 40 words, bullets of about 12, table
// cells of a few. Detail goes to the notes, which the handouts print.
const LIMITS = { words: 40, bullet: 12, cell: 8 }
const NOT_CONTENT = ['cover', 'section', 'center']

let page: Page
/** Each slide at its final click: what it shows (text, and what is measured of it). */
const shown: { no: number, title: string, text: string, measured: SlideText, content: boolean }[] = []

beforeAll(async () => {
  page = await browser().newPage({ viewport: { width: 1280, height: 720 } })
  for (const { no, title, frontmatter } of slides) {
    await openSlide(page, site, no, 99)
    const text = await page.locator(`.slidev-page-${no}`).first().evaluate((el) => {
      const copy = el.cloneNode(true) as HTMLElement
      copy.querySelectorAll('pre, .demo').forEach(part => part.remove()) // code and the demo's textbook
      return copy.innerText
    })
    const measured = await readSlideText(page, no)
    const references = await page.locator(`.slidev-page-${no} .references`).count() > 0
    shown.push({ no, title, text, measured, content: !NOT_CONTENT.includes(String(frontmatter.layout)) && !references })
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

  it.each(SOURCE_SECTIONS)('shows "$section" ($document)', ({ slides: titles, terms }) => {
    const text = titles.map(title => shown.find(s => s.title === title)?.text ?? '').join('\n')
    expect(terms.filter(term => !hasText(text, term))).toEqual([])
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

describe('every term explained', () => {
  /** What a listener meets on slide `no`: the slide as shown, and what the speaker says. */
  const heard = (no: number) => `${shown.find(s => s.no === no)!.text}\n${slides[no - 1]!.note}`

  it.each(GLOSSARY)(
    'explains "$term" on "$explainedOn", and uses it no earlier',
    ({ pattern, explainedOn, explanation }) => {
      const at = slideNumber(slides, explainedOn)
      expect(hasText(heard(at), explanation), `"${explanation}" on "${explainedOn}"`).toBe(true)
      const first = slides.find(s => pattern.test(heard(s.no)))!
      expect(`${first.no}: ${first.title}`).toBe(`${at}: ${explainedOn}`)
    },
  )
})

describe('every number sourced', () => {
  it('lists every number shown outside computed figures and code in docs/claims.md', () => {
    const missing: string[] = []
    for (const { no, measured } of shown) {
      for (const number of measured.body.match(/\d[\d,.]*\d|\d/g) ?? []) {
        if (!CLAIMS.includes(number))
          missing.push(`slide ${no}: ${number}`)
      }
    }
    expect(missing).toEqual([])
  })
})
