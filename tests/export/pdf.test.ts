import { describe, expect, inject, it } from 'vitest'
import { loadDeck, plainTitle } from '../support/deck.ts'
import { OFFLINE_MARKER } from '../support/offline.ts'
import { hasText, readPdf } from '../support/pdf.ts'

const { slides } = await loadDeck()
const pdf = await readPdf(inject('slidesPdf'))

describe('the slides PDF', () => {
  it('was exported without touching the network', () => {
    expect(inject('exportLog')).not.toContain(OFFLINE_MARKER)
  })

  it('has one page per slide', () => {
    expect(pdf.pages).toHaveLength(slides.length)
  })

  it('has 16:9 pages', () => {
    for (const page of pdf.pages)
      expect(page.width / page.height).toBeCloseTo(16 / 9, 2)
  })

  it.each(slides)('shows the title of slide $no on its page: $title', ({ no, title }) => {
    expect(hasText(pdf.pages[no - 1]!.text, plainTitle(title))).toBe(true)
  })

  it('embeds every font it uses', () => {
    expect(pdf.fonts.length).toBeGreaterThan(0)
    expect(pdf.fonts.filter(font => !font.embedded)).toEqual([])
  })
})
