import type { SlideRoute } from '@slidev/types'
// Whether the caption bar shows: one switch for every window of the deck, in Slidev's shared state,
// so the audience's screen follows the presenter view's button and the `c` key in any window. Off
// until switched, unless the headmatter says `captions: true`.
import { configs, sharedState, useNav } from '@slidev/client'
import { computed } from 'vue'
import { patch } from '../slidev/internals.ts'

export const captionsOn = computed(() => sharedState.captions ?? configs.captions === true)

export function toggleCaptions() {
  patch('captions', !captionsOn.value)
}

/** A slide's notes as Slidev's build renders them; none on the audience's site (built without notes). */
export function noteHtmlOf(route?: SlideRoute): string | undefined {
  return route?.meta.slide.noteHTML
}

/** Whether this site has notes to caption: the speaker's does, the audience's does not. */
export function useHasNotes() {
  const { slides } = useNav()
  return computed(() => slides.value.some(route => noteHtmlOf(route)))
}
