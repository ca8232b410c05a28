// The one door into Slidev's private modules. Slidev's public API (`@slidev/client`: useNav,
// useSlideContext, sharedState, configs) does most of the deck's work; what it cannot do comes
// through here, so that a Slidev upgrade that moves one of these breaks one file, and
// tests/unit/slidev-internals.test.ts names what moved. Types: slidev/client.d.ts.
import { defineAsyncComponent } from 'vue'

// A click context of Slidev's own, at a given click, for its note renderer: no public constructor.
export { createClicksContextBase } from '@slidev/client/composables/useClicks.ts'

// Slidev's timer, the one behind the presenter view's clock: pacing starts, pauses and resets it.
// Its state is public (sharedState.timer); its controls are not.
export { useTimer } from '@slidev/client/composables/useTimer.ts'

// Slidev's click limit ("the last click") and its trusted hosts: the remote steps back to a slide's
// last click as Slidev does, and window-sync.ts decides who reports its position as Slidev does.
// The injection key lets a handout scale a printed slide. (A subpath the package exports by name.)
export { CLICKS_MAX, injectionSlideScale, TRUST_ORIGINS } from '@slidev/client/constants.ts'

// Slidev's note renderer, which splits a note at its [click] markers as the presenter view does:
// the phone remote and the captions show one click's part by the same rule. Loaded when first
// drawn, as the next: a static import here would put both in the first slide's code.
export const NoteDisplay = defineAsyncComponent(() => import('@slidev/client/internals/NoteDisplay.vue'))

// Slidev's print component: a handout draws each slide exactly as the PDF export does.
export const PrintSlide = defineAsyncComponent(() => import('@slidev/client/internals/PrintSlide.vue'))

// Writing to the shared state as a window of the deck (`patch`), and hearing another window's
// writes before Slidev does (`onPatch`): the public `sharedState` is the same state, but a plain
// write would also wake this window's own listeners.
export { onPatch, patch } from '@slidev/client/state/shared.ts'

// The speaker's switches for sending and receiving the position, which window-sync.ts honours.
export { syncDirections } from '@slidev/client/state/storage.ts'
