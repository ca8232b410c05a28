// Every slide at its final click, in light and dark: accessible (axe-core), readable (no text under
// 16 px on the slide canvas, nothing spilling off the slide) and visually stable (pixel diff).

import type { Page } from 'playwright-chromium'
import { createRequire } from 'node:module'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { loadDeck } from '../../scripts/deck.ts'
import { slug } from '../support/deck.ts'
import { openSlide, useBrowser } from '../support/page.ts'
import { compareScreenshot } from '../support/screenshots.ts'

const { slides } = await loadDeck()
const site = inject('siteUrl')
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js')
const SCHEMES = ['light', 'dark'] as const
// At most 0.3% of a slide's pixels may differ from its baseline (anti-aliasing ignored): removing a
// figure changes about 2%; a new Chromium's text rendering, well under 0.3%. Contrast is axe's job.
const MAX_CHANGED = 0.003

const browser = useBrowser()

/** Opens slide `no` at its last click, fonts loaded and every transition finished. */
async function settle(page: Page, no: number) {
  await openSlide(page, site, no, 999)
  await page.mouse.move(640, 10) // away from the navigation controls, which show on hover
  await page.waitForFunction(() => !document.getAnimations().some(a => a.playState === 'running'))
}

describe.each(SCHEMES)('%s', (colorScheme) => {
  let page: Page
  beforeAll(async () => {
    page = await browser().newPage({ viewport: { width: 960, height: 540 }, colorScheme, reducedMotion: 'reduce' })
    await page.addInitScript({ path: AXE })
  })
  afterAll(() => page?.close())

  it.each(slides)(
    'slide $no ($title) has no serious or critical axe violation, and matches its screenshot',
    async ({ no, title }) => {
      await settle(page, no)
      expect(await compareScreenshot(page, `${slug(title)}-${colorScheme}`)).toBeLessThanOrEqual(MAX_CHANGED)
      // Slidev's drawing layer, an empty SVG over the slide for the speaker's pen, hides the
      // background from axe, which then leaves colour contrast unchecked ("incomplete").
      await page.addStyleTag({ content: '#slide-content > svg { display: none !important; }' })
      const violations = await page.evaluate(async (selector) => {
        interface Result { id: string, impact: string, nodes: { target: string[] }[] }
        interface Axe { run: (el: Element, o: object) => Promise<{ violations: Result[] }> }
        const axe = (window as unknown as { axe: Axe }).axe
        const { violations } = await axe.run(document.querySelector(selector)!, { resultTypes: ['violations'] })
        return violations
          .filter(v => v.impact === 'serious' || v.impact === 'critical')
          .map(v => `${v.id}: ${v.nodes.map(n => n.target.join(' ')).join(', ')}`)
      }, `.slidev-page-${no}`)
      expect(violations).toEqual([])
    },
  )
})

describe('readable from the back of the room', () => {
  let page: Page
  beforeAll(async () => {
    page = await browser().newPage({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' })
  })
  afterAll(() => page?.close())

  it.each(slides)('slide $no has no text under 16 px and nothing outside the slide', async ({ no }) => {
    await settle(page, no)
    const problems = await page.evaluate((n) => {
      const slide = document.querySelector(`.slidev-page-${n}`)!
      const bounds = slide.getBoundingClientRect()
      const found: string[] = []
      for (const el of slide.querySelectorAll<HTMLElement>('*')) {
        const style = getComputedStyle(el)
        if (style.display === 'none' || style.visibility === 'hidden' || el.closest('[aria-hidden="true"]'))
          continue
        const text = [...el.childNodes]
          .filter(c => c.nodeType === Node.TEXT_NODE)
          .map(c => c.textContent!.trim())
          .join('')
        if (text && Number.parseFloat(style.fontSize) < 15.9)
          found.push(`${style.fontSize} text: "${text.slice(0, 40)}"`)
        const box = el.getBoundingClientRect()
        const outside = box.bottom > bounds.bottom + 1 || box.right > bounds.right + 1
          || box.top < bounds.top - 1 || box.left < bounds.left - 1
        if (box.width && outside) {
          const shown = el.innerText?.slice(0, 40) ?? ''
          found.push(`outside the slide: <${el.tagName.toLowerCase()} class="${el.className}"> "${shown}"`)
        }
      }
      return [...new Set(found)]
    }, no)
    expect(problems).toEqual([])
  })
})
