// Captions from the script on the speaker's built site (notes kept), in the presenter view and its
// audience window, in one context as on the speaker's laptop: the caption bar shows the part of the
// notes for the click on screen (derived here from the parsed notes), is off until switched, switches
// with the `c` key and the presenter view's button, follows in the audience window, is readable, gives
// the slide room rather than covering it, and never prints.
import type { Page } from 'playwright-chromium'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { loadDeck } from '../../scripts/deck.ts'
import { clickMarkers, plainWords, spokenPart } from '../support/deck.ts'
import { clicksCounted, openSlide, showSlide, useBrowser } from '../support/page.ts'

const { slides } = await loadDeck()
const site = inject('presenterUrl')
const SLOW = { timeout: 10_000 } // a shared machine: let the page catch up
/** The first slide with at least two clicks. (Dropping the notes' emphasis is a unit test: these notes have none.) */
const SLIDE = slides.find(s => clickMarkers(s.note) >= 2)!

const browser = useBrowser()
let audience: Page
let presenter: Page
beforeAll(async () => {
  const context = await browser().newContext({ viewport: { width: 1280, height: 720 } })
  audience = await context.newPage()
  presenter = await context.newPage()
  await openSlide(audience, site, SLIDE.no)
  await presenter.goto(`${site}presenter/${SLIDE.no}`)
  await clicksCounted(presenter, clickMarkers(SLIDE.note))
  await showSlide(audience, SLIDE.no)
})
afterAll(() => audience?.context().close())

const bar = (page: Page) => page.locator('.caption-bar')
const shown = async (page: Page) => (await bar(page).count()) > 0 && bar(page).isVisible()
const captionText = async (page: Page) => plainWords(await bar(page).innerText())
const button = () => presenter.getByRole('button', { name: 'Captions' })
/** Captions on, whatever the test before left (each check below stands alone). */
async function switchOn() {
  if (await button().getAttribute('aria-pressed') !== 'true')
    await button().click()
  await expect.poll(() => shown(audience), SLOW).toBe(true)
}

/** The click the audience window shows. */
const clickOf = (page: Page) => Number(new URL(page.url()).searchParams.get('clicks') ?? 0)

/** Steps the presenter view with an arrow key, as the speaker does; the audience window follows. */
async function step(key: 'ArrowRight' | 'ArrowLeft') {
  const click = clickOf(audience) + (key === 'ArrowRight' ? 1 : -1)
  await presenter.keyboard.press(key)
  await expect.poll(() => clickOf(audience), SLOW).toBe(click)
}

/** WCAG's contrast ratio of two CSS colours `rgb(r, g, b)`. */
function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, b] = color.match(/[\d.]+/g)!.slice(0, 3).map(Number).map((c) => {
      const s = c / 255
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
    })
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
  }
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (light! + 0.05) / (dark! + 0.05)
}

describe('captions from the script', () => {
  it('are off by default, in both windows, and the presenter view\'s button says so', async () => {
    expect(await shown(audience)).toBe(false)
    expect(await bar(presenter).count()).toBe(0) // the presenter has the notes themselves
    await expect.poll(() => button().getAttribute('aria-pressed'), SLOW).toBe('false')
  })

  it('switch on and off with the presenter view\'s button, and the audience window follows', async () => {
    await button().click()
    await expect.poll(() => shown(audience), SLOW).toBe(true)
    expect(await button().getAttribute('aria-pressed')).toBe('true')
    await button().click()
    await expect.poll(() => shown(audience), SLOW).toBe(false)
  })

  it('switch on and off with the c key, in either window', async () => {
    await presenter.keyboard.press('c')
    await expect.poll(() => shown(audience), SLOW).toBe(true)
    await audience.keyboard.press('c')
    await expect.poll(() => shown(audience), SLOW).toBe(false)
    await expect.poll(() => button().getAttribute('aria-pressed'), SLOW).toBe('false')
    await audience.keyboard.press('c')
    await expect.poll(() => shown(audience), SLOW).toBe(true)
  })

  it('show the part of the notes for the click on screen, as said, and follow the presenter\'s clicks', async () => {
    await switchOn()
    expect(clickOf(audience)).toBe(0)
    await expect.poll(() => captionText(audience), SLOW).toBe(spokenPart(SLIDE.note, 0))
    expect(await captionText(audience)).not.toMatch(/\(\d+ ?s\)/) // the seconds budget is not said
    for (const click of [1, 2]) {
      await step('ArrowRight')
      await expect.poll(() => captionText(audience), SLOW).toBe(spokenPart(SLIDE.note, click))
    }
    await step('ArrowLeft')
    await expect.poll(() => captionText(audience), SLOW).toBe(spokenPart(SLIDE.note, 1))
  })

  it.each(['light', 'dark'] as const)('are readable in %s mode: contrast 4.5:1 or more, 20 px type', async (s) => {
    await switchOn()
    await audience.emulateMedia({ colorScheme: s })
    const style = await bar(audience).evaluate((element) => {
      const text = element.querySelector('p') ?? element
      // The bar's background: its own, or the first one painted behind it.
      let backdrop: Element | null = element
      while (backdrop && getComputedStyle(backdrop).backgroundColor.match(/[\d.]+/g)?.[3] === '0')
        backdrop = backdrop.parentElement
      return {
        color: getComputedStyle(text).color,
        background: getComputedStyle(backdrop ?? document.body).backgroundColor,
        fontPx: Number.parseFloat(getComputedStyle(text).fontSize),
      }
    })
    expect(contrast(style.color, style.background), `${style.color} on ${style.background}`).toBeGreaterThanOrEqual(4.5)
    expect(style.fontPx).toBeGreaterThanOrEqual(20)
    await audience.emulateMedia({ colorScheme: null })
  })

  it('give the slide room: the whole slide is in the window, above the bar', async () => {
    await switchOn()
    const [slide, caption] = await Promise.all([
      audience.locator('#slide-content').boundingBox(),
      bar(audience).boundingBox(),
    ])
    expect(slide!.y).toBeGreaterThanOrEqual(-0.5) // half a pixel for rounding
    expect(slide!.x).toBeGreaterThanOrEqual(-0.5)
    expect(slide!.x + slide!.width).toBeLessThanOrEqual(1280 + 0.5)
    expect(slide!.y + slide!.height, 'the slide runs under the caption bar').toBeLessThanOrEqual(caption!.y + 0.5)
    expect(caption!.y + caption!.height).toBeLessThanOrEqual(720 + 0.5)
  })

  // The export prints Slidev's print route, where the bar is not mounted at all (global-top.vue).
  it('never print, even from a window that shows them', async () => {
    await switchOn()
    await audience.emulateMedia({ media: 'print' })
    expect(await bar(audience).isVisible()).toBe(false)
    await audience.emulateMedia({ media: 'screen' })
  })
})
