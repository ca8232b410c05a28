import type { Buffer } from 'node:buffer'
import type { ChildProcess } from 'node:child_process'
import type { Browser, Page } from 'playwright-chromium'
// The phone remote on `npm run dev -- --remote <password>`: a phone-sized page that steps the deck
// (clicks, then slides) in a second, audience window through Slidev's own sync, and shows the part
// of the notes for the click the audience sees.
import { spawn } from 'node:child_process'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { SLIDEV_BIN } from '../../scripts/build.ts'
import { loadDeck, plainTitle, ROOT } from '../../scripts/deck.ts'
import { hasText } from '../../scripts/pdf.ts'
import { clickMarkers, notesText } from '../support/deck.ts'
import { GUARD_ARGS, OFFLINE_MARKER } from '../support/offline.ts'
import { launchChromium, showSlide, slideAt, watchPage } from '../support/page.ts'

const PORT = 3161
const PASSWORD = 'rehearse-42'
const BASE = `http://localhost:${PORT}`
/** Where `--remote <password>` makes Slidev look up the machine's public IP address (npm public-ip). */
// The dev server compiles on demand and the machine is shared: give it time.
const SLOW = { timeout: 20_000 }
const PUBLIC_IP_LOOKUP = ['icanhazip.com', 'api.ipify.org']

const { slides } = await loadDeck()
let server: ChildProcess
let log = ''
let browser: Browser

beforeAll(async () => {
  const args = [...GUARD_ARGS, SLIDEV_BIN, '--port', String(PORT), '--open', 'false', '--remote', PASSWORD]
  server = spawn(process.execPath, args, { cwd: ROOT })
  const collect = (chunk: Buffer) => {
    log += chunk
  }
  server.stdout!.on('data', collect)
  server.stderr!.on('data', collect)
  // Ready when it answers (Slidev prints its addresses only after the public IP look-up).
  await vi.waitFor(async () => {
    if (!(await fetch(`${BASE}/`).catch(() => null))?.ok)
      throw new Error(`dev server not up yet:\n${log}`)
  }, { timeout: 120_000, interval: 500 })
  browser = await launchChromium()
  // Warm up: on a fresh install, the first pages Vite serves make it optimise dependencies and
  // reload every open page, which would drop a step of the test. Let that happen here.
  const context = await browser.newContext()
  const warm = await context.newPage()
  for (const path of ['/2?clicks=99', `/remote?password=${PASSWORD}`, '/presenter/2']) {
    await warm.goto(`${BASE}${path}`, { waitUntil: 'networkidle', timeout: 120_000 })
    await warm.waitForTimeout(1000)
  }
  await context.close()
}, 300_000)

afterAll(async () => {
  await browser?.close()
  server?.kill()
})

/** The part of slide `no`'s notes for click `click`: before the first [click], after the n-th. */
function notePart(no: number, click: number): string {
  return notesText(slides[no - 1]!.note).split('\n')[click]!.replace(/^\u2022 /, '')
}

/** The position after one step forward, by the deck's own clicks ([click] markers match them). */
function stepped([no, click]: [number, number]): [number, number] {
  return click < clickMarkers(slides[no - 1]!.note) ? [no, click + 1] : [no + 1, 0]
}

async function position(page: Page): Promise<[number, number]> {
  const url = new URL(page.url())
  return [slideAt(page.url(), slides), Number(url.searchParams.get('clicks') ?? 0)]
}

describe('the phone remote', () => {
  it(
    'steps a second, audience window click by click, showing the title, the click and that click\'s notes',
    async () => {
      const audience = await watchPage(browser)
      await audience.page.goto(`${BASE}/1`)
      await showSlide(audience.page, 1)
      const phone = await watchPage(browser, { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true })
      await phone.page.goto(`${BASE}/remote?password=${PASSWORD}`)
      const remote = phone.page.locator('main.remote')
      const note = remote.locator('.remote-note')
      await expect.poll(() => remote.locator('h1').innerText(), SLOW).toBe(plainTitle(slides[0]!.title))
      // On this machine (a trusted origin) Slidev's sync also reports the page's own position once
      // as it opens; let that settle. A phone, on the network address, does not.
      await phone.page.waitForLoadState('networkidle')

      // Through the first slide that has clicks, and one slide past it.
      const withClicks = slides.find(s => clickMarkers(s.note) > 0)!.no
      let at: [number, number] = [1, 0]
      while (at[0] <= withClicks) {
        at = stepped(at)
        await phone.page.getByRole('button', { name: 'Next' }).tap()
        await expect.poll(() => position(audience.page), SLOW).toEqual(at)
        const [no, click] = at
        await expect.poll(() => remote.locator('h1').innerText(), SLOW).toBe(plainTitle(slides[no - 1]!.title))
        const markers = clickMarkers(slides[no - 1]!.note)
        const clickShown = () => remote.locator('.remote-position').innerText()
        if (markers)
          await expect.poll(clickShown, SLOW).toContain(`click ${click} / ${markers}`)
        const part = notePart(no, click).slice(0, 80)
        await expect.poll(async () => hasText(await note.innerText(), part), SLOW).toBe(true)
        if (click < markers) { // this click's part only: the next one is a tap away
          const nextPart = notePart(no, click + 1).slice(0, 40)
          const why = `slide ${no}, click ${click}: the note shows the next click's part too`
          expect(hasText(await note.innerText(), nextPart), why).toBe(false)
        }
      }
      await showSlide(audience.page, at[0])

      // Back steps to the previous slide's last click.
      await phone.page.getByRole('button', { name: 'Back' }).tap()
      const lastClick = clickMarkers(slides[withClicks - 1]!.note)
      await expect.poll(() => position(audience.page), SLOW).toEqual([withClicks, lastClick])

      // The phone's buttons are large enough to hit without looking.
      const next = await phone.page.getByRole('button', { name: 'Next' }).boundingBox()
      expect(next!.height).toBeGreaterThanOrEqual(88)
      expect(next!.width).toBeGreaterThanOrEqual(180)

      for (const { errors, remote: requests } of [audience, phone]) {
        expect(errors).toEqual([])
        expect(requests).toEqual([])
      }
      await audience.page.context().close()
      await phone.page.context().close()
    },
  )

  it('asks for the password, and sends a wrong one back to the slides', async () => {
    const { page } = await watchPage(browser, { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true })
    await page.goto(`${BASE}/remote?password=wrong`)
    await expect.poll(() => new URL(page.url()).pathname, SLOW).toBe('/1')
    expect(await page.locator('main.remote').count()).toBe(0)
    await page.context().close()
  })

  it('reaches for nothing but Slidev\'s public IP look-up, which the offline guard refuses', () => {
    const blocked = Array.from(log.matchAll(new RegExp(`${OFFLINE_MARKER.replace(/[[\]]/g, '\\$&')} (\\S+)`, 'g')), m => m[1])
    expect(blocked.filter(host => !PUBLIC_IP_LOOKUP.includes(host!))).toEqual([])
  })
})
