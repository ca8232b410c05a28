// Every animated figure of the one list (components/figures/stages.ts) in the built deck, stepped with the
// keyboard as a speaker would. A figure's slide is the one whose content holds its tag.
import type { Locator, Page } from 'playwright-chromium'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { FIGURES } from '../../components/figures/stages.ts'
import { loadDeck } from '../../scripts/deck.ts'
import { clickMarkers, slideWithTag } from '../support/deck.ts'
import { openSlide, showSlide, useBrowser } from '../support/page.ts'

const { slides } = await loadDeck()
const site = inject('siteUrl')
const ON_SLIDES = FIGURES.map((figure) => {
  const found = slideWithTag(slides, figure.component)
  if (!found)
    throw new Error(`No slide shows <${figure.component} />`)
  const { slide, at } = found
  return { ...figure, count: figure.stages.length, no: slide.no, at, clicks: clickMarkers(slide.note) }
})

/** What a running animation changes: a transition's property, or a keyframe animation's properties. */
const MOTION = /^(?:transform|translate|scale|rotate|fill|stroke|stroke-dashoffset|[drxy]|cx|cy|width|height)$/

const browser = useBrowser()

// One page for the tests that watch a figure alone: it moves to each figure's slide within the deck
// (tests/support/page.ts), with motion reduced or not as the test needs. And the presenter view with
// its audience window, in one context as on the speaker's laptop (Slidev keeps them in step within
// it): each figure's test moves the presenter view to its slide.
let page: Page
let windows: { audience: Page, presenter: Page }
beforeAll(async () => {
  page = await browser().newPage({ viewport: { width: 1280, height: 720 } })
  const context = await browser().newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' })
  windows = { audience: await context.newPage(), presenter: await context.newPage() }
  await windows.audience.goto(`${site}1`)
  await windows.presenter.goto(`${site}presenter/1`)
  await windows.presenter.locator('.slidev-presenter').waitFor()
})
afterAll(async () => {
  await page?.close()
  await windows?.audience.context().close()
})

/** Shows slide `no` at click `clicks` on the shared page, every transition over. */
async function openFigure(no: number, clicks: number, reducedMotion: 'reduce' | 'no-preference') {
  await page.emulateMedia({ reducedMotion })
  await openSlide(page, site, no, clicks)
  await page.waitForFunction(() => !document.getAnimations().some(a => a.playState === 'running'))
}

const figureOf = (page: Page, no: number): Locator => page.locator(`.slidev-page-${no} [data-stage]`).first()

async function press(page: Page, key: 'ArrowRight' | 'ArrowLeft') {
  const before = page.url()
  await page.keyboard.press(key)
  await page.waitForFunction(url => location.href !== url, before)
}

/** Whether any transition or animation on the page is still running. */
const moving = (page: Page) => page.evaluate(() => document.getAnimations().some(a => a.playState === 'running'))

/**
 * Presses → and watches the figure's animations frame by frame until they have all finished: what
 * they change, and how long the longest lasts (its delay and duration, as the page's timing model
 * has them, so that a busy machine's late frames do not count).
 */
async function watchStep(page: Page, no: number): Promise<{ changes: string[], ms: number }> {
  await page.keyboard.press('ArrowRight')
  return page.evaluate(async (n) => {
    const figure = document.querySelector(`.slidev-page-${n} [data-stage]`)!
    const changes = new Set<string>()
    let ms = 0
    const start = performance.now()
    let seen = false
    while (performance.now() - start < 3000) {
      await new Promise(requestAnimationFrame)
      const running = document.getAnimations().filter(a => a.playState === 'running'
        && a.effect instanceof KeyframeEffect && a.effect.target && figure.contains(a.effect.target))
      for (const a of running) {
        if ('transitionProperty' in a)
          changes.add(String(a.transitionProperty))
        else
          (a.effect as KeyframeEffect).getKeyframes().forEach(k => Object.keys(k).forEach(p => changes.add(p)))
        const { delay = 0, activeDuration = 0 } = a.effect!.getComputedTiming()
        ms = Math.max(ms, Number(delay) + Number(activeDuration))
      }
      seen ||= running.length > 0
      if ((seen && !running.length) || (!seen && performance.now() - start > 1500))
        break
    }
    for (const p of ['offset', 'computedOffset', 'easing', 'composite'])
      changes.delete(p)
    return { changes: [...changes], ms }
  }, no)
}

describe.each(ON_SLIDES)('$component', ({ no, at, count, clicks }) => {
  it('steps through visibly different stages with the arrow keys, forward and back', async () => {
    await openFigure(no, 0, 'reduce')
    const figure = figureOf(page, no)
    const seen: number[] = []
    const pictures = new Set<string>()
    while (seen.length < count) {
      const stage = Number(await figure.getAttribute('data-stage'))
      if (seen.at(-1) !== stage) {
        seen.push(stage)
        pictures.add((await figure.screenshot()).toString('base64'))
        expect(await figure.getAttribute('aria-label')).toContain(`stage ${stage + 1} of ${count}`)
      }
      if (seen.length < count)
        await press(page, 'ArrowRight')
    }
    expect(seen).toEqual(Array.from({ length: count }, (_, i) => i))
    expect(pictures.size).toBe(count)
    const back: number[] = []
    while (back.at(-1) !== 0) {
      await press(page, 'ArrowLeft')
      const stage = Number(await figure.getAttribute('data-stage'))
      if (back.at(-1) !== stage && stage !== count - 1)
        back.push(stage)
    }
    expect(back).toEqual([...Array.from({ length: count - 1 }).keys()].reverse())
  })

  it('shows the same stage in the presenter view, its audience window and the next-slide preview', async () => {
    const { audience, presenter } = windows
    await openSlide(presenter, `${site}presenter/`, no) // the audience window follows, as it does in a talk
    await showSlide(audience, no)
    // The main view keeps its neighbour slides mounted (hidden): look on this slide only.
    const current = presenter.locator(`.grid-section.main .slidev-page-${no} [data-stage]`).first()
    const next = presenter.locator(`.grid-section.next .slidev-page-${no} [data-stage]`).first() // the next click
    for (let click = 0; click < clicks; click++) {
      const shown = await current.getAttribute('data-stage')
      await expect.poll(() => figureOf(audience, no).getAttribute('data-stage')).toBe(shown)
      const upcoming = await next.getAttribute('data-stage')
      await press(presenter, 'ArrowRight')
      await expect.poll(() => current.getAttribute('data-stage')).toBe(upcoming)
    }
    await expect.poll(() => figureOf(audience, no).getAttribute('data-stage')).toBe(String(count - 1))
  })

  it('moves something (not only fades) on every step, and each step\'s motion is over within 1 s', async () => {
    await openFigure(no, at - 1, 'no-preference')
    for (let stage = 1; stage < count; stage++) {
      const { changes, ms } = await watchStep(page, no)
      expect(Number(await figureOf(page, no).getAttribute('data-stage'))).toBe(stage)
      const animated = `step into stage ${stage} animates ${changes.join(', ') || 'nothing'}`
      expect(changes.filter(p => MOTION.test(p)), animated).not.toEqual([])
      expect(ms, `step into stage ${stage}`).toBeLessThanOrEqual(1000)
    }
  })

  it('does not move at all under reduced motion', async () => {
    await openFigure(no, at - 1, 'reduce')
    for (let stage = 1; stage < count; stage++) {
      await page.keyboard.press('ArrowRight')
      await page.waitForTimeout(30)
      expect(await moving(page), `step into stage ${stage}`).toBe(false)
    }
  })
})
