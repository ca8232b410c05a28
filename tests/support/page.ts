// Opens pages of the deck in the Chromium that scripts/browser.ts finds, and records what a
// viewer would not see: console errors, Vue warnings, uncaught exceptions and remote requests.
import type { Browser, BrowserContextOptions, Page } from 'playwright-chromium'
import type { DeckSlide } from '../../scripts/deck.ts'
import { afterAll, beforeAll } from 'vitest'
import { launchChromium } from '../../scripts/browser.ts'
import { isLocalUrl } from './offline.ts'

export interface Watched {
  page: Page
  errors: string[]
  remote: string[]
}

export async function watchPage(browser: Browser, options: BrowserContextOptions = {}): Promise<Watched> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, ...options })
  const page = await context.newPage()
  const watched: Watched = { page, errors: [], remote: [] }
  // Every request is seen here, and a remote one recorded; it fails at once, since this Chromium
  // resolves no host name but localhost and 127.0.0.1 (scripts/browser.ts). Listening, not intercepting:
  // a route would stop every request of the deck on its way, to ask this process.
  context.on('request', (request) => {
    if (!isLocalUrl(request.url()))
      watched.remote.push(request.url())
  })
  page.on('console', (msg) => {
    if (msg.type() === 'error' || (msg.type() === 'warning' && msg.text().includes('[Vue warn]')))
      watched.errors.push(`${msg.type()}: ${msg.text()}`)
  })
  page.on('pageerror', error => watched.errors.push(`pageerror: ${error.message}`))
  return watched
}

export { launchChromium }

/** Waits until slide `no` is on screen, its own code loaded (its clicks known), and its fonts loaded. */
export async function showSlide(page: Page, no: number): Promise<void> {
  // Every layout's root is .slidev-layout: until the slide's code has loaded, the page is empty.
  await page.locator(`.slidev-page-${no} .slidev-layout`).first().waitFor({ state: 'visible' })
  await page.evaluate(() => document.fonts.ready)
}

/**
 * Draws every slide of the reading version, as a reader scrolling to the end does (a slide draws as
 * it nears the screen), and waits until each shows its layout.
 */
export async function drawReadingSlides(page: Page): Promise<void> {
  for (const figure of await page.locator('main.reading .reading-slide').all())
    await figure.scrollIntoViewIfNeeded()
  await page.waitForFunction(() => [...document.querySelectorAll('main.reading .reading-slide')]
    .every(f => f.querySelector('.slidev-layout')))
  await page.evaluate(() => scrollTo(0, 0))
}

/**
 * Waits until the presenter view has counted the clicks of its slide (`clicks` markers in its notes).
 * Until then Slidev sends each key to the next slide: a key pressed while a busy server was still
 * sending the slide's code skipped the slide's clicks. Its own click bar says when it has counted.
 */
export async function clicksCounted(presenter: Page, clicks: number): Promise<void> {
  await presenter.locator(`.grid-section.main [title="Clicks in this slide: ${clicks + 1}"]`).waitFor()
}

/**
 * Shows slide `no` of the deck at `site` (at click `clicks`, e.g. 99 for its last), and waits for it.
 * The first call loads the deck; later ones move within it, through the browser's history as the
 * back button would, so that the app is not loaded again: five times quicker for a pass over every
 * slide. (deck.test.ts opens each slide directly, as a shared link would.)
 */
export async function openSlide(page: Page, site: string, no: number, clicks?: number): Promise<void> {
  const path = `${new URL(site).pathname}${no}${clicks === undefined ? '' : `?clicks=${clicks}`}`
  if (page.url().startsWith(site)) {
    await page.evaluate((to) => {
      history.pushState(null, '', to)
      dispatchEvent(new PopStateEvent('popstate')) // Vue Router follows the address, as on "back"
    }, path)
  }
  else {
    await page.goto(new URL(path, site).href)
  }
  await showSlide(page, no)
}

/**
 * Waits until the page has loaded everything it shows: the document, its fonts and its images.
 * (Quicker than Playwright's "networkidle", which always waits half a second more.)
 */
export async function loaded(page: Page): Promise<void> {
  await page.waitForLoadState('load')
  await page.evaluate(() => document.fonts.ready)
  await page.waitForFunction(() => [...document.images].every(image => image.complete))
}

/** Presses → until the deck leaves slide `no`; returns how many presses stayed on it (its clicks). */
export async function countClicks(page: Page, no: number, limit = 30): Promise<number> {
  for (let clicks = 0; clicks <= limit; clicks++) {
    const before = page.url()
    await page.keyboard.press('ArrowRight')
    await page.waitForFunction(url => location.href !== url, before)
    if (new URL(page.url()).pathname.split('/').pop() !== String(no))
      return clicks
  }
  throw new Error(`slide ${no} has more than ${limit} clicks`)
}

/** One Chromium for a test file: launched before its tests, closed after them. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined
  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(() => browser?.close())
  return () => browser!
}

/** The slide a deck URL shows: /N, or the slide's routeAlias, which Slidev puts in the URL instead. */
export function slideAt(url: string, slides: DeckSlide[]): number {
  const last = new URL(url).pathname.split('/').pop() ?? ''
  return /^\d+$/.test(last) ? Number(last) : slides.find(s => s.frontmatter.routeAlias === last)?.no ?? Number.NaN
}
