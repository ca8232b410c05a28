// Pacing in the presenter view (npm run build:presenter), with Playwright's clock standing in for a
// rehearsal: the budgets come from the notes (scripts/deck.ts), the time from Slidev's own timer.
import { Buffer } from 'node:buffer'
import { describe, expect, inject, it } from 'vitest'
import { ON_TIME_SECONDS, slideTimeLabel } from '../../presenter/pacing.ts'
import { loadDeck, noteSeconds } from '../../scripts/deck.ts'
import { slideAt, useBrowser, watchPage } from '../support/page.ts'

const { slides } = await loadDeck()
const budget = (no: number) => noteSeconds(slides[no - 1]!.note)!
const browser = useBrowser()
const SLOW = { timeout: 10_000 } // a shared machine: let the page catch up

describe('pacing in the presenter view', () => {
  it(
    'shows time on the slide against its budget, behind after an overrun, ahead after moving on early, and saves the report',
    async () => {
      const { page, errors, remote } = await watchPage(browser())
      await page.clock.install({ time: new Date('2026-12-03T09:00:00Z') })
      await page.goto(`${inject('presenterUrl')}presenter/1`)
      const pacing = page.locator('.slidev-presenter .pacing')
      const talk = pacing.locator('.pacing-talk')
      const slide = pacing.locator('.pacing-slide')
      await expect.poll(() => talk.innerText(), SLOW).toBe('not started')
      await expect.poll(() => slide.innerText(), SLOW).toBe(slideTimeLabel(0, budget(1)))
      await page.clock.pauseAt(new Date('2026-12-03T09:00:10Z')) // from here time moves only when told

      // The speaker starts on the cover and overruns its budget by `over` seconds.
      await pacing.getByRole('button', { name: 'Start' }).click()
      const over = ON_TIME_SECONDS + 3
      await page.clock.runFor((budget(1) + over) * 1000)
      await expect.poll(() => slide.innerText(), SLOW).toBe(slideTimeLabel(budget(1) + over, budget(1)))
      await expect.poll(() => talk.innerText(), SLOW).toBe(`${over} s behind`)
      expect(await pacing.getAttribute('data-pace')).toBe('behind')

      // Then skips slides 2…last at once, until their budgets make up more than the overrun.
      let last = 1
      let saved = 0
      while (saved < over + ON_TIME_SECONDS)
        saved += budget(++last)
      for (let no = 2; no <= last + 1; no++) {
        await page.keyboard.press('ArrowDown') // Slidev: the next slide, skipping its clicks
        await expect.poll(() => slideAt(page.url(), slides), SLOW).toBe(no)
      }
      const no = last + 1
      await page.clock.runFor(1000)
      await expect.poll(() => talk.innerText(), SLOW).toBe(`${saved - over} s ahead`)
      expect(await pacing.getAttribute('data-pace')).toBe('ahead')
      await expect.poll(() => slide.innerText(), SLOW).toBe(slideTimeLabel(1, budget(no)))

      // The report: every slide, planned from the notes, actual as timed (untimed ones marked).
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        pacing.getByRole('button', { name: 'Report' }).click(),
      ])
      expect(download.suggestedFilename()).toMatch(/^rehearsal-.*\.md$/)
      const chunks = await (await download.createReadStream()).toArray()
      const report = Buffer.concat(chunks).toString('utf8')
      const rows = report.split('\n')
        .filter(line => /^\| \d+ \|/.test(line))
        .map(line => line.split(' | ').map(cell => cell.replace(/^\| | \|$/g, '')))
      expect(rows.map(r => Number(r[0]))).toEqual(slides.map(s => s.no))
      expect(rows.map(r => Number(r[2]))).toEqual(slides.map(s => noteSeconds(s.note)))
      const actual = rows.map(r => r[3])
      expect(actual[0]).toBe(String(budget(1) + over))
      expect(actual.slice(1, last)).toEqual(Array.from({ length: last - 1 }).fill('0'))
      expect(actual[no - 1]).toBe('1')
      expect(actual.slice(no)).toEqual(Array.from({ length: slides.length - no }).fill('–'))

      expect(errors).toEqual([])
      expect(remote).toEqual([])
      await page.context().close()
    },
  )

  it('starts Slidev\'s timer when the speaker first steps forward, and times the run from there', async () => {
    const { page, errors } = await watchPage(browser())
    await page.clock.install({ time: new Date('2026-12-03T09:00:00Z') })
    await page.goto(`${inject('presenterUrl')}presenter/1`)
    const pacing = page.locator('.slidev-presenter .pacing')
    await expect.poll(() => pacing.getAttribute('data-pace'), SLOW).toBe('stopped')
    await page.clock.pauseAt(new Date('2026-12-03T09:00:10Z'))
    await page.clock.runFor(30_000) // standing on the cover, before the talk: not counted
    await page.keyboard.press('ArrowDown')
    await expect.poll(() => pacing.getAttribute('data-pace'), SLOW).toBe('on-time')
    await expect.poll(() => pacing.getByRole('button', { name: 'Pause' }).isVisible(), SLOW).toBe(true)
    await page.clock.runFor(3000)
    await expect.poll(() => pacing.locator('.pacing-slide').innerText(), SLOW).toBe(slideTimeLabel(3, budget(2)))
    // Slidev's own clock runs with it.
    await expect.poll(() => page.locator('.slidev-presenter .grid-section.bottom').innerText(), SLOW).toMatch(/0\s*:\s*03/)
    expect(errors).toEqual([])
    await page.context().close()
  })

  it('at 1280×720, shows the next slide large enough to read and a long note without scrolling', async () => {
    // The longest note of a slide of up to 90 s: notes of that length must fit whole.
    const long = slides.filter(s => budget(s.no) <= 90).sort((a, b) => b.note.length - a.note.length)[0]!
    const { page, errors } = await watchPage(browser())
    await page.goto(`${inject('presenterUrl')}presenter/${long.no}`)
    await page.locator('.slidev-presenter .pacing').waitFor()
    // this slide's next click, or the next slide
    await page.locator('.grid-section.next .slidev-page h1').first().waitFor()
    const sizes = await page.evaluate(() => {
      const next = document.querySelector('.grid-section.next .slidev-page') as HTMLElement
      const scale = next.getBoundingClientRect().width / next.offsetWidth
      const title = next.querySelector('h1') as HTMLElement
      const note = document.querySelector('.grid-section.note .slidev-note') as HTMLElement
      return {
        nextWidth: next.getBoundingClientRect().width,
        nextTitlePx: Number.parseFloat(getComputedStyle(title).fontSize) * scale,
        notePx: Number.parseFloat(getComputedStyle(note).fontSize),
        noteOverflow: note.scrollHeight - note.clientHeight,
      }
    })
    expect(sizes.nextWidth).toBeGreaterThanOrEqual(440) // Slidev's own layout: 328 px
    expect(sizes.nextTitlePx).toBeGreaterThanOrEqual(16)
    expect(sizes.notePx).toBeGreaterThanOrEqual(18) // Slidev's own: 16 px
    const scrolls = `the notes of slide ${long.no} (${long.note.length} characters) scroll`
    expect(sizes.noteOverflow, scrolls).toBeLessThanOrEqual(0)
    expect(errors).toEqual([])
    await page.context().close()
  })
})
