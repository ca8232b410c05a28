import type { Page } from 'playwright-chromium'
import type { StaticSite } from '../../scripts/serve.ts'
// The speaker's details (talk.config.ts, or TALK_* for one build) on the cover, the closing slide and
// the PDFs: shown when set, with the published deck's QR code; and nothing at all (no empty label, no
// dangling separator, no link, no placeholder QR code) when not. The shared build (tests/setup) has
// none set; one more build of the audience's site has them all, and its PDFs are printed from it.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import jsQR from 'jsqr'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { runSlidev } from '../../scripts/build.ts'
import { loadDeck } from '../../scripts/deck.ts'
import { hasText, readPdf, readTags } from '../../scripts/pdf.ts'
import { PDFS, printPdfs } from '../../scripts/print.ts'
import { serveStatic } from '../../scripts/serve.ts'
import { slideNumber } from '../support/deck.ts'
import { GUARD_ARGS, OFFLINE_MARKER } from '../support/offline.ts'
import { openSlide, useBrowser, watchPage } from '../support/page.ts'
import { renderPage } from '../support/render.ts'

const { slides } = await loadDeck()
const COVER = 1
const CLOSING = slideNumber(slides, 'Thank you')
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

describe('with the speaker\'s details set', () => {
  const details = { speaker: 'Ada Lovelace', event: 'PyCon DE 2026', date: '3 December 2026', url: 'https://example.org/fine-tuning/' }
  const env = {
    TALK_SPEAKER: details.speaker,
    TALK_EVENT: details.event,
    TALK_DATE: details.date,
    TALK_URL: details.url,
  }
  const dir = mkdtempSync(join(tmpdir(), 'talk-details-'))
  const out = { site: join(dir, 'site'), slides: join(dir, 'slides.pdf'), audience: join(dir, 'audience.pdf') }
  let site: StaticSite
  let log = ''
  beforeAll(async () => {
    mkdirSync(out.site)
    log = await runSlidev(['build', '--out', out.site, '--base', '/', '--without-notes'], {
      nodeArgs: GUARD_ARGS,
      quiet: true,
      env,
    })
    await printPdfs({ dir: out.site }, { slides: out.slides, audience: out.audience }, env)
    site = await serveStatic(out.site)
  }, 300_000)
  afterAll(async () => {
    await site?.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('shows speaker, event and date on the cover, and with the deck\'s address on the closing slide', async () => {
    expect(log).not.toContain(OFFLINE_MARKER)
    const { page, errors } = await watchPage(browser())
    const line = `${details.speaker} · ${details.event} · ${details.date}`
    const cover = await slideAt(page, site.url, COVER)
    expect(await cover.locator('.talk-details').innerText()).toBe(line)
    expect(await cover.locator('.talk-details a').count()).toBe(0) // the address belongs at the end
    const closing = await slideAt(page, site.url, CLOSING)
    expect(await closing.locator('.talk-details').innerText())
      .toMatch(new RegExp(`^${line}\\s+example\\.org/fine-tuning$`))
    expect(await closing.locator('.talk-details a').getAttribute('href')).toBe(details.url)
    expect(errors).toEqual([])
    await page.context().close()
  })

  it('puts the deck\'s QR code on the closing slide and in every audience handout footer', async () => {
    expect(await qrOn(out.slides, CLOSING)).toBe(details.url)
    const { pages, info } = await readPdf(out.audience)
    expect(info.Author).toBe(details.speaker)
    expect(await Promise.all(pages.map(p => qrOn(out.audience, p.no, FOOTER)))).toEqual(pages.map(() => details.url))
    expect(pages.every(p => hasText(p.text, 'example.org/fine-tuning'))).toBe(true) // the short address
    const figures = (await readTags(out.audience)).flatMap(p => p.figures.map(f => f.alt))
    const qrCodes = figures.filter(alt => alt === `QR code of ${details.url}`)
    expect(qrCodes).toHaveLength(pages.length + 1) // and the closing slide's
  })
})

describe('with no details set', () => {
  it.each([COVER, CLOSING])('shows no empty label, separator or link on slide %i', async (no) => {
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
    expect(await qrOn(PDFS.slides, CLOSING)).toBeNull()
    expect(await qrOn(PDFS.audience, 1, FOOTER)).toBeNull()
    const alts = (await readTags(PDFS.audience)).flatMap(p => p.figures.map(f => f.alt))
    expect(alts.filter(alt => /QR/i.test(alt))).toEqual([])
    expect((await readPdf(PDFS.slides)).info.Author).toBeUndefined()
  })
})
