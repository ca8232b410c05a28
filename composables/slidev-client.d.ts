// The functions of '@slidev/client' that this project uses, typed from '@slidev/types'.
// tsconfig maps the package here because it ships TypeScript sources, not declarations, and
// vue-tsc would otherwise type-check all of Slidev's client under this project's stricter flags.
// At run time (Slidev, Vite, Vitest) the import resolves to the real package. The presenting code
// and setup/root.ts also reach Slidev's internal modules (its timer, its shared state's `patch` and
// `onPatch`, its click limit, its trusted hosts and sync switches), mapped here or in
// handouts/slidev-internals.d.ts: see tsconfig.json.
import type { ClicksContext, RenderContext, SlideRoute, SlidevConfig } from '@slidev/types'
import type { ComputedRef, Ref } from 'vue'

export declare function useSlideContext(): {
  $clicksContext: ClicksContext
  $frontmatter: Record<string, unknown>
  /** The slide's number, and where it is drawn: the slide, the presenter's current or next slide, the overview. */
  $page: ComputedRef<number>
  $renderContext: Ref<RenderContext>
  /** The number of the slide this copy draws. */
  $page: Ref<number>
}
export declare function useNav(): {
  isPrintMode: ComputedRef<boolean>
  isPresenter: ComputedRef<boolean>
  /** Whether this window shows a slide of its own (not the notes page, a handout or the remote). */
  hasPrimarySlide: ComputedRef<boolean>
  slides: Ref<SlideRoute[]>
  total: ComputedRef<number>
  currentSlideNo: ComputedRef<number>
  currentSlideRoute: ComputedRef<SlideRoute>
  clicksContext: ComputedRef<ClicksContext>
  /** A click forward (or the next slide), and a click back. */
  next: () => Promise<void>
  prev: () => Promise<void>
}
export declare const slideWidth: ComputedRef<number>
export declare const slideHeight: ComputedRef<number>

/** Slidev's click context itself (composables/useClicks.ts); the unit tests mount slides with it. */
export declare function createClicksContextBase(
  current: Ref<number>,
  clicksStart?: number,
  clicksTotalOverrides?: number,
): ClicksContext

/** The deck's configuration (headmatter), with `remote`: the password given to `--remote`. */
export declare const configs: SlidevConfig & {
  remote?: string | boolean
  slidesTitle: string
  /** The deck's own headmatter setting: captions on from the start (presenter/useCaptions.ts). */
  captions?: boolean
}
/** Slidev's drawing mode, in which keys such as `c` belong to the pen. */
export declare function useDrawings(): { drawingEnabled: Ref<boolean> }

export interface SlideTime { start?: number, end?: number }

/** What every window of the deck shares (state/shared.ts): position, and Slidev's timer. */
export interface SharedState {
  page: number
  clicks: number
  clicksTotal: number
  timer: {
    status: 'stopped' | 'running' | 'paused'
    slides: Record<number, SlideTime>
    startedAt: number
    pausedAt: number
  }
  lastUpdate?: { id: string, type: 'presenter' | 'viewer', time: number }
  /** The deck's own: whether the caption bar shows (presenter/useCaptions.ts); unset until switched. */
  captions?: boolean
}
export declare const sharedState: SharedState
export declare function patch<K extends keyof SharedState>(key: K, value: SharedState[K]): void
/** Calls `fn` when another window changes the shared state, before Slidev's own handler if earlier. */
export declare function onPatch(fn: (state: SharedState) => void): void

/** Slidev's timer (composables/useTimer.ts), the one behind the presenter view's clock. */
export declare function useTimer(): {
  status: ComputedRef<SharedState['timer']['status']>
  toggle: () => void
  reset: () => void
  resume: () => void
  pause: () => void
}
