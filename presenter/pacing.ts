// Pacing against the notes' budgets, as plain functions of numbers (no Vue, no Slidev), so that the
// presenter view, the phone remote and the unit tests share one rule.
//
// Times are milliseconds of the run as Slidev's timer counts it (pauses left out). Each slide's
// record lives in Slidev's shared timer state (`timer.slides`, synced to every window and cleared by
// the timer's reset): `start` is when the time counted for the slide began, moved back on a revisit
// by the time already spent there, and `end` is when the speaker last left it. So the time spent on
// a slide is `end - start`, or `now - start` while it is on screen.

export interface SlideTime { start?: number, end?: number }
export type SlideTimes = Record<number, SlideTime>

export interface TimerState {
  status: 'stopped' | 'running' | 'paused'
  startedAt: number
  pausedAt: number
  slides: SlideTimes
}

/** Milliseconds of the run so far at wall-clock `now`, counted as Slidev's useTimer counts them. */
export function runMs(timer: TimerState, now: number): number {
  if (timer.status === 'stopped' || !timer.startedAt)
    return 0
  return (timer.status === 'paused' ? timer.pausedAt : now) - timer.startedAt
}

/** Milliseconds spent on slide `no`; `current` is the slide on screen, `run` the run's time. */
export function spentMs(times: SlideTimes, no: number, current: number, run: number): number {
  const time = times[no]
  if (time?.start === undefined)
    return 0
  return (no === current || time.end === undefined ? run : time.end) - time.start
}

/** The records after the speaker goes from slide `from` to slide `to` at run time `run`. */
export function arrive(times: SlideTimes, from: number | undefined, to: number, run: number): SlideTimes {
  const next = { ...times }
  if (from !== undefined && from !== to && next[from]?.start !== undefined)
    next[from] = { ...next[from], end: run }
  const before = times[to]?.end === undefined ? 0 : spentMs(times, to, -1, run)
  if (from !== to || next[to]?.start === undefined)
    next[to] = { start: run - before }
  return next
}

export type PaceState = 'ahead' | 'on-time' | 'behind'

/** Within this many seconds of the plan, the speaker is on time: the colour does not flicker. */
export const ON_TIME_SECONDS = 5

/**
 * Seconds behind the plan (negative: ahead). The plan for the run so far is the sum of the budgets
 * of the slides already passed (timed and left), plus the current slide's budget as far as it is
 * used: staying within a slide's budget keeps the balance, overrunning it adds to "behind" at once,
 * and moving on early shows "ahead".
 */
export function paceSeconds(budgets: Record<number, number>, times: SlideTimes, current: number, run: number): number {
  let planned = 0
  for (const no of Object.keys(times).map(Number)) {
    if (no !== current && times[no]?.start !== undefined)
      planned += budgets[no] ?? 0
  }
  const spent = spentMs(times, current, current, run) / 1000
  return run / 1000 - planned - Math.min(spent, budgets[current] ?? 0)
}

export function paceState(seconds: number): PaceState {
  if (seconds >= ON_TIME_SECONDS)
    return 'behind'
  if (seconds <= -ON_TIME_SECONDS)
    return 'ahead'
  return 'on-time'
}

/** "12 s behind", "8 s ahead", "on time". */
export function paceLabel(seconds: number): string {
  const state = paceState(seconds)
  return state === 'on-time' ? 'on time' : `${Math.round(Math.abs(seconds))} s ${state}`
}

/** Whole seconds as a clock reads them: 75 is "1:15", 3 is "0:03". */
export function clock(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds))
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`
}

/**
 * "0:03 of 1:15 on this slide": the time on the slide against its budget, said as time so that it is
 * not read as a slide number beside Slidev's slide counter. Without a budget, the time alone.
 */
export function slideTimeLabel(spent: number, budget: number): string {
  return budget > 0 ? `${clock(spent)} of ${clock(budget)} on this slide` : `${clock(spent)} on this slide`
}

/** A note's HTML without the budget that opens it, "(30 s)": the pacing line already says it. */
export function withoutBudget(noteHtml: string): string {
  return noteHtml.replace(/^(\s*<p>)?\s*\(\d+ ?s\)\s*/, '$1')
}

export interface ReportRow { no: number, title: string, planned: number, actual: number | null }

/** One row a slide: its budget, and the whole seconds spent on it (null when never timed). */
export function reportRows(
  slides: { no: number, title: string, budget: number }[],
  times: SlideTimes,
  current: number,
  run: number,
): ReportRow[] {
  return slides.map(({ no, title, budget }) => ({
    no,
    title,
    planned: budget,
    actual: times[no]?.start === undefined ? null : Math.round(spentMs(times, no, current, run) / 1000),
  }))
}

/** The rehearsal report as Markdown: totals, then a table of planned against actual seconds. */
export function reportMarkdown(rows: ReportRow[], title: string, date: Date): string {
  const planned = rows.reduce((sum, r) => sum + r.planned, 0)
  const actual = rows.reduce((sum, r) => sum + (r.actual ?? 0), 0)
  const cell = (text: string) => text.replace(/\|/g, '\\|')
  const signed = (seconds: number) => `${seconds >= 0 ? '+' : ''}${seconds}`
  const when = `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`
  const row = (r: ReportRow) => {
    const difference = r.actual === null ? '–' : signed(r.actual - r.planned)
    return `| ${r.no} | ${cell(r.title)} | ${r.planned} | ${r.actual ?? '–'} | ${difference} |`
  }
  return [
    `# Rehearsal: ${title}`,
    '',
    `${when}. Planned ${planned} s, spoken ${actual} s (${signed(actual - planned)} s).`,
    '',
    '| slide | title | planned (s) | actual (s) | difference (s) |',
    '| ---: | --- | ---: | ---: | ---: |',
    ...rows.map(row),
    '',
  ].join('\n')
}
