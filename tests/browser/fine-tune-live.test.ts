import type { Page, Worker } from 'playwright-chromium'
import type { RunRecord, ShippedWeights } from '../../snippets/tiny-lm.ts'
// "Fine-tuning, live" in the built deck: the Train button trains in a Web Worker, the numbers appear
// and the run finishes with the recorded run's numbers; the presenter view and its audience window
// train the same run; the next-slide preview never trains; going back shows the pre-trained model;
// the slides PDF prints the recorded run. And the worker the site ships, given a seed, returns the
// numbers Node computes, bit for bit.
import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { SITES } from '../../scripts/build.ts'
import { loadDeck } from '../../scripts/deck.ts'
import { hasText, readPdf } from '../../scripts/pdf.ts'
import { RUN_FILE, WEIGHTS_FILE } from '../../scripts/pretrain.ts'
import { PDFS } from '../../scripts/print.ts'
import { runData } from '../../snippets/fine-tune-run.ts'
import { decodeWeights, runFineTuning } from '../../snippets/tiny-lm.ts'
import { clickMarkers, slideWithTag } from '../support/deck.ts'
import { clicksCounted, openSlide, useBrowser } from '../support/page.ts'

const { slides } = await loadDeck()
const site = inject('siteUrl')
const browser = useBrowser()
const no = slideWithTag(slides, 'FineTuneLive')!.slide.no
const recorded = JSON.parse(readFileSync(RUN_FILE, 'utf8')) as RunRecord
const shipped = JSON.parse(readFileSync(WEIGHTS_FILE, 'utf8')) as ShippedWeights
const f2 = (x: number) => x.toFixed(2)

/** The text alternatives of the slide's panels in `page`, below `within` (a presenter view's part). */
function labels(page: Page, within = '') {
  return page.locator(`${within} .slidev-page-${no} .fine-tune-live [aria-label]`)
    .evaluateAll(els => els.map(el => el.getAttribute('aria-label')))
}
/** Waits until the slide in `page` (below `within`) is in `state`: pre-trained, training or trained. */
function reach(page: Page, state: string, within = '', timeout = 60_000) {
  const slide = page.locator(`${within} .slidev-page-${no} .fine-tune-live[data-state="${state}"]`)
  return slide.first().waitFor({ timeout })
}

describe('fine-tuning, live', () => {
  let page: Page
  const workers: Worker[] = []
  beforeAll(async () => {
    page = await browser().newPage({ viewport: { width: 1280, height: 720 } })
    page.on('worker', w => workers.push(w))
  })
  afterAll(() => page?.close())

  it('trains when Train is pressed, shows the run as it goes, and ends on the recorded run\'s numbers', async () => {
    await openSlide(page, site, no, 0)
    expect((await labels(page)).join('\n')).toContain('not trained yet')
    const button = page.getByRole('button', { name: 'Train' })
    await button.focus()
    await page.keyboard.press('Enter') // the keyboard works it, and moves one click, not two
    await expect.poll(() => new URL(page.url()).search).toBe('?clicks=1')
    await reach(page, 'trained')
    expect(workers).toHaveLength(1)
    const live = await labels(page)
    const last = recorded.full.curve.at(-1)!
    expect(live.join('\n')).toContain(`on the held-out names ${f2(recorded.before.heldOut)} to ${f2(last.heldOut)}`)
    const english = `on general English ${f2(recorded.before.english)} to ${f2(recorded.lora.englishAfter)}`
    expect(live.join('\n')).toContain(english)
    expect(await page.locator(`.slidev-page-${no} [aria-live]`).innerText()).toMatch(/^Training finished\. Full/)
    // A window opened at this click shows the recorded run: the same text, number for number.
    const other = await browser().newPage({ viewport: { width: 1280, height: 720 } })
    let otherTrained = 0
    other.on('worker', () => otherTrained++)
    await openSlide(other, site, no, 1)
    await reach(other, 'trained')
    expect(await labels(other)).toEqual(live)
    expect(otherTrained).toBe(0)
    await other.close()
  })

  it('goes back to the pre-trained model a click back', async () => {
    await page.getByRole('button', { name: 'Reset' }).click()
    await expect.poll(() => new URL(page.url()).search).not.toContain('clicks=1')
    await reach(page, 'pre-trained')
    expect((await labels(page)).join('\n')).toContain('not trained yet')
    expect(workers).toHaveLength(1) // stepping back trains nothing
  })

  it('gives the numbers Node computes, bit for bit, for any seed (the worker the site ships)', async () => {
    const file = readdirSync(resolve(SITES.public, 'assets')).find(f => f.startsWith('fine-tune.worker'))
    expect(file).toBeDefined()
    const seeds = [1, 4]
    const inBrowser = await page.evaluate(async ({ url, seeds }) => {
      const runs = []
      for (const seed of seeds) {
        const worker = new Worker(url, { type: 'module' })
        runs.push(await new Promise((done) => {
          worker.onmessage = ({ data }) => 'done' in data && done(data.done)
          worker.postMessage(seed)
        }))
        worker.terminate()
      }
      return runs
    }, { url: new URL(`assets/${file}`, site).href, seeds })
    const inNode = seeds.map(seed => runFineTuning(decodeWeights(shipped.float32), runData(shipped), seed))
    expect(inBrowser).toEqual(JSON.parse(JSON.stringify(inNode)))
  }, 120_000)
})

describe('fine-tuning, live, in the presenter view', () => {
  it('trains in the presenter view and its audience window alike, never in the next-slide preview', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 720 } })
    const audience = await context.newPage()
    const presenter = await context.newPage()
    const trained: Record<string, number> = { audience: 0, presenter: 0 }
    audience.on('worker', () => trained.audience!++)
    presenter.on('worker', () => trained.presenter!++)
    await audience.goto(`${site}1`)
    await presenter.goto(`${site}presenter/1`)
    await presenter.locator('.slidev-presenter').waitFor()
    await openSlide(presenter, `${site}presenter/`, no, 0) // the audience window follows, as in a talk
    await reach(audience, 'pre-trained')
    // The next-slide preview shows this slide's next click: the recorded run, with no training.
    await reach(presenter, 'trained', '.grid-section.next')
    expect(trained).toEqual({ audience: 0, presenter: 0 })
    await clicksCounted(presenter, clickMarkers(slides[no - 1]!.note))
    await presenter.keyboard.press('ArrowRight')
    for (const [page, within] of [[audience, ''], [presenter, '.grid-section.main']] as const)
      await reach(page, 'trained', within)
    expect(trained).toEqual({ audience: 1, presenter: 1 })
    expect(await labels(presenter, '.grid-section.main')).toEqual(await labels(audience))
    await context.close()
  }, 120_000)
})

describe('fine-tuning, live, printed', () => {
  it('prints the recorded run\'s final state in the slides PDF', async () => {
    const { pages } = await readPdf(PDFS.slides)
    const text = pages[no - 1]!.text
    const last = recorded.lora.curve.at(-1)!
    const shown = [`held-out ${f2(last.heldOut)}`, recorded.full.samples[0]!, recorded.before.samples[0]!]
    expect(shown.filter(words => !hasText(text, words))).toEqual([])
  })
})
