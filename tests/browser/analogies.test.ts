// The animated analogies in the built deck, stepped with the keyboard as a speaker would.
import type { Locator, Page } from 'playwright-chromium'
import { describe, expect, inject, it } from 'vitest'
import { clickMarkers, loadDeck, slideNumber } from '../../scripts/deck.ts'
import { showSlide, useBrowser } from '../support/page.ts'

const { slides } = await loadDeck()
const site = inject('siteUrl')
const ANALOGIES = [
  { title: 'The doctor\'s path', stages: 4 },
  { title: 'The story: open-book vs closed-book exam', stages: 4 },
  { title: 'What training changes: the parameters', stages: 4 },
].map((a) => {
  const no = slideNumber(slides, a.title)
  return { ...a, no, clicks: clickMarkers(slides[no - 1]!.note) }
})

const browser = useBrowser()

const figureOf = (page: Page, no: number): Locator => page.locator(`.slidev-page-${no} [data-stage]`).first()

async function press(page: Page, key: 'ArrowRight' | 'ArrowLeft') {
  const before = page.url()
  await page.keyboard.press(key)
  await page.waitForFunction(url => location.href !== url, before)
}

/** Whether any transition or animation on the page is still running. */
const moving = (page: Page) => page.evaluate(() => document.getAnimations().some(a => a.playState === 'running'))

describe.each(ANALOGIES)('$title', ({ no, stages, clicks }) => {
  it('steps through visibly different stages with the arrow keys, forward and back', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' })
    await page.goto(`${site}${no}`)
    await showSlide(page, no)
    const figure = figureOf(page, no)
    const seen: string[] = []
    const pictures = new Set<string>()
    while (seen.length < stages) {
      const stage = await figure.getAttribute('data-stage')
      if (seen.at(-1) !== stage) {
        seen.push(stage!)
        pictures.add((await figure.screenshot()).toString('base64'))
        expect(await figure.getAttribute('aria-label')).toContain(`stage ${Number(stage) + 1} of ${stages}`)
      }
      if (seen.length < stages)
        await press(page, 'ArrowRight')
    }
    expect(seen).toEqual(['0', '1', '2', '3'])
    expect(pictures.size).toBe(stages)
    const back: string[] = []
    while (back.at(-1) !== '0') {
      await press(page, 'ArrowLeft')
      const stage = (await figure.getAttribute('data-stage'))!
      if (back.at(-1) !== stage && stage !== '3')
        back.push(stage)
    }
    expect(back).toEqual(['2', '1', '0'])
    await page.close()
  })

  it('shows the same stage in the presenter view, its audience window and the next-slide preview', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' })
    const audience = await context.newPage()
    const presenter = await context.newPage()
    await audience.goto(`${site}${no}`)
    await showSlide(audience, no)
    await presenter.goto(`${site}presenter/${no}`)
    await presenter.locator('.slidev-presenter').waitFor()
    const current = presenter.locator('[data-stage]').nth(0)
    const next = presenter.locator('[data-stage]').nth(1) // the preview shows the next click
    for (let click = 0; click < clicks; click++) {
      await expect.poll(() => figureOf(audience, no).getAttribute('data-stage')).toBe(await current.getAttribute('data-stage'))
      const upcoming = await next.getAttribute('data-stage')
      await press(presenter, 'ArrowRight')
      await expect.poll(() => current.getAttribute('data-stage')).toBe(upcoming)
    }
    await expect.poll(() => figureOf(audience, no).getAttribute('data-stage')).toBe(String(stages - 1))
    await context.close()
  })

  it('moves on a step (and is still moving just after it), but not at all under reduced motion', async () => {
    for (const reducedMotion of ['no-preference', 'reduce'] as const) {
      const page = await browser().newPage({ viewport: { width: 1280, height: 720 }, reducedMotion })
      await page.goto(`${site}${no}?clicks=1`)
      await showSlide(page, no)
      await page.waitForFunction(() => !document.getAnimations().some(a => a.playState === 'running'))
      await page.keyboard.press('ArrowRight')
      await page.waitForTimeout(30)
      expect(await moving(page), reducedMotion).toBe(reducedMotion === 'no-preference')
      await page.close()
    }
  })
})
