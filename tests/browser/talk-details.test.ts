// The speaker's details (talk.config.ts, or TALK_* for one build) on the cover, the closing slide and
// the PDFs: shown when set, with the published deck's QR code; and nothing at all (no empty label, no
// dangling separator, no link, no placeholder QR code) when not. The full talk's shared build has
// none set; the 10-minute cut (tests/setup) has them all, on the same cover and closing slide.
import type { Page } from 'playwright-chromium'
import jsQR from 'jsqr'
import { describe, expect, inject, it } from 'vitest'
import { ENTRIES, loadDeck } from '../../scripts/deck.ts'
import { hasText, readPdf, readTags } from '../../scripts/pdf.ts'
import { exportsOf, PDFS } from '../../scripts/print.ts'
import { slideNumber } from '../support/deck.ts'
import { openSlide, useBrowser, watchPage } from '../support/page.ts'
import { renderPage } from '../support/render.ts'

const full = await loadDeck()
const cut = await loadDeck(ENTRIES.lightning)
const COVER = 1
const CLOSING = { full: slideNumber(full.slides, 'Thank you'), cut: slideNumber(cut.slides, 'Thank you') }
const FOOTER = { left: 0, right: 1, top: 0.85, bottom: 1 }
const WHOLE = { left: 0, right: 1, top: 0, bottom: 1 }
const browser = useBrowser()

async function slideAt(page: Page, url: string, no: number) {
  await openSlide(page, url, no)
  return page.locator(`.slidev-page-${no}`).first()
}

/** The text of the QR code in a part of a PDF page, or null when there is none. */
async function qrOn(pdf: string, page: number, region = WHOLE): Promise<string | null> {
  const { width, height, data } = await renderPage(pdf, page, 200, region)
  return jsQR(data, width, height)?.data ?? null
}

describe('with the speaker\'s details set (the 10-minute cut)', () => {
  const details = inject('speakerDetails')
  const site = inject('lightningUrl')
  const pdfs = exportsOf(String(cut.headmatter.download))

  it('shows speaker, event and date on the cover, and with the deck\'s address on the closing slide', async () => {
    const { page, errors } = await watchPage(browser())
    const line = `${details.speaker} · ${details.event} · ${details.date}`
    const cover = await slideAt(page, site, COVER)
    expect(await cover.locator('.talk-details').innerText()).toBe(line)
    expect(await cover.locator('.talk-details a').count()).toBe(0) // the address belongs at the end
    const end = await slideAt(page, site, CLOSING.cut)
    expect(await end.locator('.talk-details').innerText())
      .toMatch(new RegExp(`^${line}\\s+example\\.org/fine-tuning$`))
    expect(await end.locator('.talk-details a').getAttribute('href')).toBe(details.url)
    expect(errors).toEqual([])
    await page.context().close()
  })

  it('puts the deck\'s QR code on the closing slide and in every audience handout footer', async () => {
    expect(await qrOn(pdfs.slides, CLOSING.cut)).toBe(details.url)
    const { pages, info } = await readPdf(pdfs.audience)
    expect(info.Author).toBe(details.speaker)
    expect(await Promise.all(pages.map(p => qrOn(pdfs.audience, p.no, FOOTER)))).toEqual(pages.map(() => details.url))
    expect(pages.every(p => hasText(p.text, 'example.org/fine-tuning'))).toBe(true) // the short address
    const figures = (await readTags(pdfs.audience)).flatMap(p => p.figures.map(f => f.alt))
    const qrCodes = figures.filter(alt => alt === `QR code of ${details.url}`)
    expect(qrCodes).toHaveLength(pages.length + 1) // and the closing slide's
  })
})

describe('with no details set', () => {
  it.each([COVER, CLOSING.full])('shows no empty label, separator or link on slide %i', async (no) => {
    const { page, errors } = await watchPage(browser())
    const slide = await slideAt(page, inject('siteUrl'), no)
    expect(await slide.locator('.talk-details').count()).toBe(0)
    const text = await slide.innerText()
    expect(text).not.toMatch(/undefined|null|\s·\s*$|^\s*·|·\s*·/m)
    for (const href of await slide.locator('a').evaluateAll(links => links.map(a => a.getAttribute('href'))))
      expect(href, 'a link with nowhere to go').toMatch(/^https:\/\/\S+/)
    expect(errors).toEqual([])
    await page.context().close()
  })

  it('has no QR code, not even a placeholder, on the slides or the audience handout', async () => {
    expect(await qrOn(PDFS.slides, CLOSING.full)).toBeNull()
    expect(await qrOn(PDFS.audience, 1, FOOTER)).toBeNull()
    const alts = (await readTags(PDFS.audience)).flatMap(p => p.figures.map(f => f.alt))
    expect(alts.filter(alt => /QR/i.test(alt))).toEqual([])
    expect((await readPdf(PDFS.slides)).info.Author).toBeUndefined()
  })
})
