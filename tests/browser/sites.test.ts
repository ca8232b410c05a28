// The two builds: the audience's site (download, no notes) and the speaker's presenter view.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { basename, join } from 'node:path'
import { describe, expect, inject, it } from 'vitest'
import { SITES } from '../../scripts/build.ts'
import { loadDeck, plainTitle } from '../../scripts/deck.ts'
import { hasText, readPdf } from '../../scripts/pdf.ts'
import { DOWNLOAD_NAME } from '../../scripts/print.ts'
import { clickMarkers, notesOpening, notesText, slideNumber } from '../support/deck.ts'
import { clicksCounted, showSlide, useBrowser } from '../support/page.ts'

const { slides } = await loadDeck()
const browser = useBrowser()

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? filesUnder(path) : [path]
  })
}

/** Does any text file of the site contain this sentence? */
function siteContains(dir: string, sentence: string): boolean {
  return filesUnder(dir).filter(f => /\.(?:html|js|css|json|map|txt)$/.test(f)).some(f => readFileSync(f, 'utf8').includes(sentence))
}

// From each slide's notes, its longest run of plain words (nothing HTML or JSON would escape).
const sentences = slides.map(s => notesText(s.note).match(/[A-Z][A-Z ,-]+[A-Z]/gi)!.sort((a, b) => b.length - a.length)[0]!)

describe('the audience\'s site (npm run build)', () => {
  it('carries the notes only in its reading version, while the speaker\'s site keeps them all', () => {
    // Published (talk.config.ts, the default): only the reading version's own code holds them, as
    // prose; the slides and the presenter view have none. Not published: tests/browser/reading.test.ts.
    const holders = filesUnder(SITES.public).filter(f => /\.(?:html|js|css|json|map|txt)$/.test(f)).filter(f => sentences.some(s => readFileSync(f, 'utf8').includes(s)))
    expect(holders.map(f => basename(f).replace(/-[\w-]{8}\.js$/, '.js'))).toEqual(['ReadingPage.js'])
    expect(sentences.filter(s => !siteContains(join(SITES.public, 'assets'), s))).toEqual([])
    expect(sentences.filter(s => !siteContains(SITES.presenter, s))).toEqual([])
  })

  it('offers the slides PDF through the deck\'s download button', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 720 } })
    await page.goto(`${inject('siteUrl')}1`)
    await showSlide(page, 1)
    await page.mouse.move(60, 690) // the navigation controls show on hover, bottom left
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTitle('Download as PDF').click(),
    ])
    expect(download.suggestedFilename()).toBe('Fine-Tuning, Explained.pdf')
    const bytes = readFileSync((await download.path())!)
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-')
    expect(bytes.equals(readFileSync(join(SITES.public, DOWNLOAD_NAME)))).toBe(true)
    await page.close()
  })

  it('prints that PDF from the site itself: a page a slide, each showing its title', async () => {
    const { pages } = await readPdf(join(SITES.public, DOWNLOAD_NAME))
    expect(pages.map((p, i) => hasText(p.text, plainTitle(slides[i]!.title)))).toEqual(slides.map(() => true))
  })
})

describe('the presenter view (npm run build:presenter)', () => {
  it('offers the slides PDF through its download button too', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 720 } })
    await page.goto(`${inject('presenterUrl')}presenter/1`)
    await page.locator('.slidev-presenter').waitFor()
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTitle('Download as PDF').click(),
    ])
    const bytes = readFileSync((await download.path())!)
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-')
    expect(bytes.equals(readFileSync(join(SITES.presenter, DOWNLOAD_NAME)))).toBe(true)
    await page.close()
  })

  it('shows slide N, the next slide, the notes of slide N and the timer; and leads the audience window', async () => {
    const no = slideNumber(slides, 'The pre-trained model')
    const url = inject('presenterUrl')
    const context = await browser().newContext({ viewport: { width: 1280, height: 720 } })
    const audience = await context.newPage()
    await audience.goto(`${url}${no}`)
    await showSlide(audience, no)
    const presenter = await context.newPage()
    await presenter.goto(`${url}presenter/${no}`)
    await presenter.locator('.slidev-presenter').waitFor()
    const text = () => presenter.locator('.slidev-presenter').innerText()
    await showSlide(presenter, no) // slide N itself: its title is in its notes and the next slide too
    const shown = await presenter.locator(`.slidev-page-${no}`).first().innerText()
    expect(hasText(shown, plainTitle(slides[no - 1]!.title))).toBe(true)
    expect(hasText(await text(), notesOpening(slides[no - 1]!.note, 60))).toBe(true)
    expect(await presenter.locator(`.slidev-page-${no + 1}`).count()).toBeGreaterThan(0) // next-slide preview
    const timer = presenter.locator('.font-mono', { has: presenter.locator('span') }).filter({ hasText: /^\s*[\d-]+\s*:\s*[\d-]+\s*$/ }) // "-:--" until started
    await expect.poll(() => timer.first().isVisible()).toBe(true)
    const clicks = clickMarkers(slides[no - 1]!.note)
    await clicksCounted(presenter, clicks) // else a key pressed too soon skips slide N's clicks
    for (let click = 0; click <= clicks; click++)
      await presenter.keyboard.press('ArrowRight') // every click of the slide, then the next slide
    await expect.poll(() => new URL(audience.url()).pathname).toBe(`/${no + 1}`)
    await expect.poll(async () => hasText(await text(), notesOpening(slides[no]!.note, 60))).toBe(true)
    await context.close()
  })
})
