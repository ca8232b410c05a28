// Types for the parts of Slidev's client that handouts/slidev.ts re-exports, and for the internals
// that setup/root.ts reads (Slidev ships them as sources; tsconfig maps them here so that vue-tsc
// does not check all of Slidev's client).
import type { SlideRoute } from '@slidev/types'
import type { ComputedRef, DefineComponent, InjectionKey } from 'vue'

export declare const injectionSlideScale: InjectionKey<ComputedRef<number>>
/** "Go to the last click" in Slidev's navigation (constants.ts); the phone remote uses it. */
export declare const CLICKS_MAX: number
/** The hosts whose audience windows may report their position to the others (constants.ts). */
export declare const TRUST_ORIGINS: string[]
/** The speaker's switches for sending and receiving the position (state/storage.ts). */
export declare const syncDirections: {
  value: { viewerSend: boolean, viewerReceive: boolean, presenterSend: boolean, presenterReceive: boolean }
}
declare const PrintSlide: DefineComponent<{ route: SlideRoute, hidden?: boolean }>
export default PrintSlide
