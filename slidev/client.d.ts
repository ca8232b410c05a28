// The types of what the deck takes from Slidev's client: its public API (`@slidev/client`) and the
// private modules that slidev/internals.ts re-exports. Slidev ships TypeScript sources, not
// declarations, and vue-tsc would otherwise type-check all of Slidev's client under this project's
// stricter flags; tsconfig.json maps each of those imports here. At run time (Slidev, Vite, Vitest)
// they resolve to the real package, and tests/unit/slidev-internals.test.ts checks that the private
// names still exist there.
import type { ClicksContext, RenderContext, SlideInfo, SlideRoute, SlidevConfig } from '@slidev/types'
import type { ComputedRef, DefineComponent, InjectionKey, Ref } from 'vue'

declare module 'vue-router' {
  interface RouteMeta {
    /** A slide's parsed source (title, frontmatter, notes as HTML), which Slidev keeps in its route. */
    slide?: SlideInfo
  }
}

// ── Public: '@slidev/client' ──────────────────────────────────────────────────────────────────

export declare function useSlideContext(): {
  $clicksContext: ClicksContext
  $frontmatter: Record<string, unknown>
  /** The number of the slide this copy draws. */
  $page: ComputedRef<number>
  /** Where it is drawn: the slide, the presenter's current or next slide, the overview, print. */
  $renderContext: Ref<RenderContext>
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

/** What every window of the deck shares: position, and Slidev's timer. */
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

// ── Private: re-exported by slidev/internals.ts alone ─────────────────────────────────────────

/** constants.ts: "go to the last click" in Slidev's navigation. */
export declare const CLICKS_MAX: number
/** constants.ts: the hosts whose audience windows may report their position to the others. */
export declare const TRUST_ORIGINS: string[]
/** constants.ts: the scale a printed slide is drawn at. */
export declare const injectionSlideScale: InjectionKey<ComputedRef<number>>

/** composables/useClicks.ts: Slidev's click context itself. */
export declare function createClicksContextBase(
  current: Ref<number>,
  clicksStart?: number,
  clicksTotalOverrides?: number,
): ClicksContext

/** composables/useTimer.ts: Slidev's timer, the one behind the presenter view's clock. */
export declare function useTimer(): {
  status: ComputedRef<SharedState['timer']['status']>
  toggle: () => void
  reset: () => void
  resume: () => void
  pause: () => void
}

/** state/shared.ts: writes `value` to every window of the deck. */
export declare function patch<K extends keyof SharedState>(key: K, value: SharedState[K]): void
/** state/shared.ts: calls `fn` when another window changes the shared state (before Slidev's handler if earlier). */
export declare function onPatch(fn: (state: SharedState) => void): void

/** state/storage.ts: the speaker's switches for sending and receiving the position. */
export declare const syncDirections: {
  value: { viewerSend: boolean, viewerReceive: boolean, presenterSend: boolean, presenterReceive: boolean }
}

/**
 * internals/NoteDisplay.vue, Slidev's note renderer (it marks each part of a note with its click),
 * and internals/PrintSlide.vue, one slide as Slidev's print route draws it. One type file gives the
 * two modules one default: the props of both, each optional.
 */
declare const component: DefineComponent<{
  noteHtml?: string
  note?: string
  clicksContext?: ClicksContext
  placeholder?: string
  highlight?: boolean
  autoScroll?: boolean
  route?: SlideRoute
  hidden?: boolean
}>
export default component
