import type { Ref } from 'vue'
import type { SlideTimes } from './pacing.ts'
// Pacing in the browser: each slide's budget (from the notes, at build time), Slidev's own timer
// and the per-slide times kept in Slidev's shared state, so that the presenter view and the phone
// remote show the same numbers. The arithmetic is in pacing.ts.
import { configs, sharedState, useNav } from '@slidev/client'
import { computed, onMounted, onUnmounted, ref, watch } from 'vue'
import { useTimer } from '../slidev/internals.ts'
import {
  arrive,
  paceLabel,
  paceSeconds,
  paceState,
  reportMarkdown,
  reportRows,
  runMs,
  slideTimeLabel,
  spentMs,
} from './pacing.ts'

declare const __BUDGETS__: Record<string, number>
/** Seconds by slide title, from vite.config.ts (scripts/deck.ts noteSeconds). */
const BUDGETS: Record<string, number> = typeof __BUDGETS__ === 'undefined' ? {} : __BUDGETS__

/** Pacing for the slide numbered `page` (default: the window's own current slide). */
export function usePacing(page?: Ref<number>) {
  const { slides, currentSlideNo } = useNav()
  const current = computed(() => page?.value ?? currentSlideNo.value)
  const timer = useTimer()

  // A clock of its own: Slidev's timer ticks only in the window that started it.
  const now = ref(Date.now())
  let tick: ReturnType<typeof setInterval> | undefined
  onMounted(() => {
    tick = setInterval(() => {
      now.value = Date.now()
    }, 250)
  })
  onUnmounted(() => clearInterval(tick))

  const titles = computed(() => slides.value.map(route => ({
    no: route.no,
    title: (route.meta.slide.title ?? '').trim(),
  })))
  const budgets = computed<Record<number, number>>(() =>
    Object.fromEntries(titles.value.map(s => [s.no, BUDGETS[s.title] ?? 0])))
  const times = computed<SlideTimes>(() => sharedState.timer.slides ?? {})
  const run = computed(() => runMs(sharedState.timer, now.value))
  const pace = computed(() => paceSeconds(budgets.value, times.value, current.value, run.value))
  const budget = computed(() => budgets.value[current.value] ?? 0)
  const spent = computed(() => Math.floor(spentMs(times.value, current.value, current.value, run.value) / 1000))

  return {
    status: timer.status,
    toggle: timer.toggle,
    reset: timer.reset,
    /** The current slide's budget, in seconds (0 when its notes give none). */
    budget,
    /** Whole seconds spent on the current slide in this run. */
    spent,
    /** "0:03 of 1:15 on this slide". */
    slideTime: computed(() => slideTimeLabel(spent.value, budget.value)),
    /** Seconds behind the plan (negative: ahead), its state and its words; null before the run. */
    pace: computed(() => (timer.status.value === 'stopped' ? null : pace.value)),
    state: computed(() => (timer.status.value === 'stopped' ? 'stopped' : paceState(pace.value))),
    label: computed(() => (timer.status.value === 'stopped' ? 'not started' : paceLabel(pace.value))),
    /** The rehearsal so far as Markdown, one row a slide. */
    report: () => {
      const planned = titles.value.map(s => ({ ...s, budget: budgets.value[s.no] ?? 0 }))
      return reportMarkdown(reportRows(planned, times.value, current.value, run.value), configs.title, new Date())
    },
  }
}

/**
 * Keeps the run's per-slide times, in the presenter view only (one writer). The first step forward
 * starts Slidev's timer if the speaker has not; a slide change closes one slide's time and opens the
 * next; Slidev's reset clears them with the timer.
 */
export function useRehearsalRecorder() {
  const { currentSlideNo, clicksContext } = useNav()
  const timer = useTimer()
  const position = computed(() => [currentSlideNo.value, clicksContext.value.current] as const)
  // Plain data: Slidev posts its shared state to the other windows, and a Vue proxy cannot be posted.
  const record = (slides: SlideTimes) => {
    sharedState.timer.slides = JSON.parse(JSON.stringify(slides))
  }
  const run = () => runMs(sharedState.timer, Date.now())

  watch(position, ([no, click], [from, fromClick]) => {
    if (sharedState.timer.status === 'stopped') {
      if (no > from || (no === from && click > fromClick)) {
        timer.resume()
        record(arrive({}, undefined, no, 0))
      }
      return
    }
    if (no !== from)
      record(arrive(sharedState.timer.slides ?? {}, from, no, run()))
  })

  // Started from a button on the slide it is on: its time counts from now.
  watch(() => sharedState.timer.status, (status) => {
    const no = currentSlideNo.value
    if (status === 'running' && sharedState.timer.slides?.[no]?.start === undefined)
      record(arrive(sharedState.timer.slides ?? {}, undefined, no, run()))
  })
}
