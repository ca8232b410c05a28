// Registers a figure's stages with Slidev's click system, so that arrow keys step them, presenter
// and audience agree (state is the click count alone), a plain PDF export shows the last stage and
// `--with-clicks` exports one page per stage.
import { useNav, useSlideContext } from '@slidev/client'
import { computed, onUnmounted, useId, type ComputedRef } from 'vue'
import { stageAt } from './stages.ts'

/** `at` is the slide click that shows stage 2 (absolute, like v-click's `at`), so that the order
 * against other clicks on the slide never depends on which registers first. */
export function useClickStages(count: number, at = 1): { stage: ComputedRef<number>, print: ComputedRef<boolean> } {
  const { $clicksContext: clicks } = useSlideContext()
  const { isPrintMode } = useNav()
  const key = `click-stages-${useId()}` // this figure's entry in the slide's click registry
  const info = clicks.calculateSince(at, count - 1)
  clicks.register(key, info)
  onUnmounted(() => clicks.unregister(key))
  const start = info?.start ?? at
  return {
    stage: computed(() => stageAt(clicks.current, start, count)),
    print: computed(() => isPrintMode.value),
  }
}
