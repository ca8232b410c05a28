// What a screen reader hears as the deck moves, on the audience's site: a polite live region says the
// slide's number and title when the slide changes, and the stage of an animated figure (its text
// alternative from components/figures/stages.ts) when a click moves it. Every change of the region's text is
// recorded: one message a step, none twice, focus left where it was, and no role="application".
import type { Page } from 'playwright-chromium'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { FIGURES, stageAt } from '../../components/figures/stages.ts'
import { loadDeck, plainTitle } from '../../scripts/deck.ts'
import { clickMarkers, slideWithTag } from '../support/deck.ts'
import { openSlide, useBrowser } from '../support/page.ts'

const { slides } = await loadDeck()
const site = inject('siteUrl')
const QUIET_MS = 800 // longer than the region waits for a slide's figure to report (200 ms)

// A figure whose slide follows a slide without one, and a slide with clicks but no figure.
const withFigure = FIGURES.map(figure => ({ figure, ...slideWithTag(slides, figure.component)! }))
const FIGURE = withFigure.find(({ slide }) => !withFigure.some(other => other.slide.no === slide.no - 1))!
const PLAIN = slides.find(s => clickMarkers(s.note) > 0 && !withFigure.some(f => f.slide.no === s.no))!

const slideMessage = (no: number) => `Slide ${no} of ${slides.length}: ${plainTitle(slides[no - 1]!.title)}.`
function stageMessage(click: number) {
  const { figure, at } = FIGURE
  const stage = stageAt(click, at, figure.stages.length)
  return `${figure.name}, stage ${stage + 1} of ${figure.stages.length}: ${figure.stages[stage]!.description}`
}

const browser = useBrowser()
let page: Page
const region = () => page.locator('.slide-announcer')
beforeAll(async () => {
  page = await browser().newPage({ viewport: { width: 1280, height: 720 } })
  await openSlide(page, site, PLAIN.no)
  // The first slide's own announcement (none fails every test here); then record every text the region takes.
  await page.waitForFunction(
    text => document.querySelector('.slide-announcer')?.textContent?.trim() === text,
    slideMessage(PLAIN.no),
    { timeout: 10_000 },
  )
  await page.evaluate(() => {
    const element = document.querySelector('.slide-announcer')!
    const log: string[] = []
    ;(window as unknown as { said: string[] }).said = log
    new MutationObserver(() => log.push(element.textContent!.trim()))
      .observe(element, { childList: true, characterData: true, subtree: true })
  })
})
afterAll(() => page?.close())

/** Every text the region has taken since the last call. */
async function said(): Promise<string[]> {
  return page.evaluate(() => {
    const log = (window as unknown as { said: string[] }).said
    return log.splice(0, log.length)
  })
}
async function press(key: 'ArrowRight' | 'ArrowLeft') {
  const before = page.url()
  await page.keyboard.press(key)
  await page.waitForFunction(url => location.href !== url, before)
}
/** What the region said after a step, once it has had time to say everything. */
async function after(step: () => Promise<void>): Promise<string[]> {
  await step()
  await page.waitForTimeout(QUIET_MS)
  return said()
}

describe('announcements for screen readers', () => {
  it('is one polite, atomic live region, and nothing takes the keyboard as an application', async () => {
    expect(await region().count()).toBe(1)
    expect(await region().getAttribute('aria-live')).toBe('polite')
    expect(await region().getAttribute('aria-atomic')).toBe('true')
    expect(await page.locator('[role="application"]').count()).toBe(0)
  })

  it('has one main landmark, the slide, where a screen reader\'s "next landmark" lands', async () => {
    const main = page.locator('main, [role="main"]')
    expect(await main.count()).toBe(1)
    expect(await main.locator(`.slidev-page-${PLAIN.no}`).count()).toBeGreaterThan(0)
  })

  it('says the slide and title when the slide changes, and nothing on a click that moves no figure', async () => {
    expect(await after(() => press('ArrowRight')), 'a click on a slide without a figure').toEqual([])
    const before = FIGURE.slide.no - 1
    expect(await after(() => openSlide(page, site, before, 99))).toEqual([slideMessage(before)])
  })

  it('says the title with the figure\'s stage on arriving, then each new stage once, forward and back', async () => {
    expect(await after(() => press('ArrowRight'))).toEqual([`${slideMessage(FIGURE.slide.no)} ${stageMessage(0)}`])
    const clicks = clickMarkers(FIGURE.slide.note)
    for (let click = 1; click <= clicks; click++) {
      const changed = stageMessage(click) !== stageMessage(click - 1)
      expect(await after(() => press('ArrowRight')), `click ${click}`).toEqual(changed ? [stageMessage(click)] : [])
    }
    const back = stageMessage(clicks - 1) !== stageMessage(clicks) ? [stageMessage(clicks - 1)] : []
    expect(await after(() => press('ArrowLeft')), 'a click back').toEqual(back)
  })

  it('leaves the focus where it was', async () => {
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true)
    await press('ArrowRight')
    await page.waitForTimeout(QUIET_MS)
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true)
  })
})
