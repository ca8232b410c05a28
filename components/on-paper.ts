// Whether a slide is drawn as a picture rather than presented: printed (the PDF export), or on a
// handout or the reading version, where each slide shows its last click at a fraction of its size.
// There a live demo shows its worked or recorded example and no controls: nothing to press, and no
// buttons too small to press. Slidev's print mode covers the PDFs; HandoutSlide says it for the rest.
import type { ComputedRef, InjectionKey } from 'vue'
import { useNav } from '@slidev/client'
import { computed, inject } from 'vue'

export const ON_PAPER: InjectionKey<boolean> = Symbol('on paper')

export function useOnPaper(): ComputedRef<boolean> {
  const { isPrintMode } = useNav()
  const drawn = inject(ON_PAPER, false)
  return computed(() => drawn || isPrintMode.value)
}
