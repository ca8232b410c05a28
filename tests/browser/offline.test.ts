// The published deck works offline after one visit (vite.config.ts, setup/OfflineStatus.vue):
// Chromium loads the audience's site once, with its service worker, goes offline, reloads, steps
// through every slide, opens the reading version and the slides PDF. Then a new deployment on the
// same address: the page says an update is ready, and a reload replaces the old files with the new.
import type { BrowserContext, Page } from 'playwright-chromium'
import type { StaticSite } from '../../scripts/serve.ts'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { SITES, sitesOf } from '../../scripts/build.ts'
import { ENTRIES, loadDeck } from '../../scripts/deck.ts'
import { DOWNLOAD_NAME } from '../../scripts/print.ts'
import { serveStatic } from '../../scripts/serve.ts'
import { drawReadingSlides, openSlide, showSlide, useBrowser } from '../support/page.ts'

const { slides } = await loadDeck()
const browser = useBrowser()

/** The files the service worker keeps, by path, from its precache. */
function precached(page: Page) {
  return page.evaluate(async () => {
    const names = await caches.keys()
    const precaches = names.filter(name => name.includes('precache'))
    const lists = await Promise.all(precaches.map(async name => (await caches.open(name)).keys()))
    return lists.flat().map(request => new URL(request.url).pathname)
  })
}

describe('the published deck, offline', () => {
  let site: StaticSite
  let context: BrowserContext
  afterAll(async () => {
    await context?.close()
    await site?.close()
  })

  it('works with the network off after one visit: every slide, the reading version, the PDF', async () => {
    // Its own server, so that the next test can deploy a new version on the same address.
    site = await serveStatic(SITES.public)
    context = await browser().newContext({ serviceWorkers: 'allow', viewport: { width: 1280, height: 720 } })
    const page = await context.newPage()
    await page.goto(`${site.url}1`)
    await showSlide(page, 1)
    await page.getByRole('status').getByText('Ready to work offline').waitFor({ timeout: 90_000 })
    await page.waitForFunction(() => localStorage.getItem('deck-offline-pdfs'), undefined, { timeout: 90_000 })

    await context.setOffline(true)
    await page.reload()
    await showSlide(page, 1)
    for (const { no } of slides)
      await openSlide(page, site.url, no)
    await page.goto(`${site.url}read`)
    await drawReadingSlides(page)
    expect(await page.locator('main.reading .reading-slide').count()).toBe(slides.length)
    const pdf = await page.evaluate(async (href) => {
      const response = await fetch(href)
      return { status: response.status, start: new TextDecoder().decode((await response.arrayBuffer()).slice(0, 5)) }
    }, `${site.url}${DOWNLOAD_NAME}`)
    expect(pdf).toEqual({ status: 200, start: '%PDF-' })
    await context.setOffline(false)
  })

  it('says when a new deployment is ready, and a reload replaces the old files', async () => {
    const page = context.pages()[0]!
    const before = await precached(page)
    // The new deployment: another build (the 10-minute cut's audience site) at the same address.
    const { port } = new URL(site.url)
    await site.close()
    site = await serveStatic(sitesOf(ENTRIES.lightning).public, { port: Number(port) })
    await page.goto(`${site.url}1`)
    const status = page.getByRole('status')
    await status.getByText('A new version of this deck is ready').waitFor({ timeout: 90_000 })
    await status.getByRole('button', { name: 'Reload' }).click()
    const newTitle = String((await loadDeck(ENTRIES.lightning)).headmatter.title)
    await page.waitForFunction(title => document.title.includes(title), newTitle)
    await expect.poll(() => precached(page)).not.toEqual(before)
    const index = readFileSync(join(sitesOf(ENTRIES.lightning).public, 'index.html'), 'utf8')
    const entry = /src="\/(assets\/index-[\w-]+\.js)"/.exec(index)![1]!
    expect(await precached(page)).toContain(`/${entry}`)
    expect((await precached(page)).filter(path => /\/assets\/index-[\w-]+\.js$/.test(path))).toEqual([`/${entry}`])
  })
})
