import type { SlideTimes } from '../../presenter/pacing.ts'
// @vitest-environment node
// The budget rule (seconds from a note) and the pacing arithmetic the presenter view and the remote share.
import { describe, expect, it } from 'vitest'
import {
  arrive,
  clock,
  paceLabel,
  paceSeconds,
  paceState,
  reportMarkdown,
  reportRows,
  runMs,
  slideTimeLabel,
  spentMs,
  withoutBudget,
} from '../../presenter/pacing.ts'
import { budgetsByTitle, loadDeck, noteSeconds } from '../../scripts/deck.ts'

describe('noteSeconds: a note\'s budget', () => {
  it.each([
    ['(75 s) Welcome everyone.', 75],
    ['(5 s) Short.', 5],
    ['(120s) No space before the unit.', 120],
    ['  (30 s) Leading space, as an unparsed note may have.', 30],
  ])('reads %j as %i seconds', (note, seconds) => {
    expect(noteSeconds(note)).toBe(seconds)
  })

  it.each([
    'Welcome everyone. (75 s)',
    '(75 min) Minutes are not seconds.',
    '(s) No number.',
    '75 s without brackets.',
    '',
  ])('finds no budget in %j', (note) => {
    expect(noteSeconds(note)).toBeNull()
  })

  it('gives every slide of the deck a budget, by title, and nothing else', async () => {
    const { slides } = await loadDeck()
    const budgets = budgetsByTitle(slides)
    expect(Object.keys(budgets)).toEqual(slides.map(s => s.title))
    expect(Object.values(budgets)).toEqual(slides.map(s => noteSeconds(s.note)))
    expect(Object.values(budgets).every(s => typeof s === 'number' && s > 0)).toBe(true)
  })
})

describe('pacing', () => {
  const budgets = { 1: 20, 2: 60, 3: 30 }

  it('counts the run as Slidev\'s timer does: nothing stopped, frozen when paused', () => {
    expect(runMs({ status: 'stopped', startedAt: 0, pausedAt: 0, slides: {} }, 5000)).toBe(0)
    expect(runMs({ status: 'running', startedAt: 1000, pausedAt: 0, slides: {} }, 5000)).toBe(4000)
    expect(runMs({ status: 'paused', startedAt: 1000, pausedAt: 3000, slides: {} }, 9000)).toBe(2000)
  })

  it('is on time while the current slide stays within its budget', () => {
    const times = arrive({}, undefined, 1, 0)
    expect(paceSeconds(budgets, times, 1, 15_000)).toBe(0)
    expect(paceState(paceSeconds(budgets, times, 1, 15_000))).toBe('on-time')
  })

  it('is behind by the overrun of the current slide', () => {
    const times = arrive({}, undefined, 1, 0)
    expect(paceSeconds(budgets, times, 1, 32_000)).toBe(12)
    expect(paceLabel(12)).toBe('12 s behind')
  })

  it('is ahead when the speaker moves on early, against the budgets of the slides passed', () => {
    let times = arrive({}, undefined, 1, 0)
    times = arrive(times, 1, 2, 8_000) // slide 1 took 8 of its 20 s
    expect(paceSeconds(budgets, times, 2, 8_000)).toBe(-12)
    expect(paceLabel(-12)).toBe('12 s ahead')
    expect(paceSeconds(budgets, times, 2, 50_000)).toBe(-12) // still within slide 2's 60 s
    expect(paceSeconds(budgets, times, 2, 90_000)).toBe(10) // 8 + 82 s against 20 + 60 s
  })

  it('adds a revisit to the time already spent on a slide', () => {
    let times: SlideTimes = arrive({}, undefined, 1, 0)
    times = arrive(times, 1, 2, 10_000)
    times = arrive(times, 2, 1, 40_000) // back to slide 1 for a moment
    times = arrive(times, 1, 2, 45_000)
    expect(spentMs(times, 1, 2, 60_000)).toBe(15_000)
    expect(spentMs(times, 2, 2, 60_000)).toBe(45_000)
  })

  it('reports every slide, planned against actual, untimed slides marked', () => {
    let times = arrive({}, undefined, 1, 0)
    times = arrive(times, 1, 2, 25_400)
    const slides = [
      { no: 1, title: 'One', budget: 20 },
      { no: 2, title: 'Two | three', budget: 60 },
      { no: 3, title: 'Four', budget: 30 },
    ]
    const rows = reportRows(slides, times, 2, 70_000)
    expect(rows).toEqual([
      { no: 1, title: 'One', planned: 20, actual: 25 },
      { no: 2, title: 'Two | three', planned: 60, actual: 45 },
      { no: 3, title: 'Four', planned: 30, actual: null },
    ])
    const md = reportMarkdown(rows, 'Talk', new Date('2026-11-24T06:00:00Z'))
    expect(md).toContain('Planned 110 s, spoken 70 s (-40 s).')
    expect(md).toContain('| 1 | One | 20 | 25 | +5 |')
    expect(md).toContain('| 2 | Two \\| three | 60 | 45 | -15 |')
    expect(md).toContain('| 3 | Four | 30 | – | – |')
  })
})

describe('the labels a speaker reads', () => {
  it('says the time on a slide as time, never as "slide 3/75"', () => {
    expect(clock(0)).toBe('0:00')
    expect(clock(3.9)).toBe('0:03')
    expect(clock(75)).toBe('1:15')
    expect(clock(600)).toBe('10:00')
    expect(slideTimeLabel(3, 75)).toBe('0:03 of 1:15 on this slide')
    expect(slideTimeLabel(83, 75)).toBe('1:23 of 1:15 on this slide')
    expect(slideTimeLabel(3, 0)).toBe('0:03 on this slide') // a note with no budget
  })

  it('drops the budget that opens a note, and nothing else', () => {
    expect(withoutBudget('<p>(30 s) Welcome. We answer.</p>')).toBe('<p>Welcome. We answer.</p>')
    expect(withoutBudget('<p>(120s) No space.</p>\n<p>(5 s) later</p>')).toBe('<p>No space.</p>\n<p>(5 s) later</p>')
    expect(withoutBudget('<p>We spend (30 s) here.</p>')).toBe('<p>We spend (30 s) here.</p>')
    expect(withoutBudget('<p>(5 min) Minutes.</p>')).toBe('<p>(5 min) Minutes.</p>')
  })

  it('leaves no budget at the start of any slide\'s rendered note', async () => {
    const { slides } = await loadDeck()
    for (const slide of slides) {
      const html = `<p>${slide.note.trim()}</p>`
      expect(noteSeconds(slide.note), slide.title).not.toBeNull()
      expect(noteSeconds(withoutBudget(html).slice(3)), slide.title).toBeNull()
    }
  })
})
