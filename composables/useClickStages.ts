// Registers a figure's stages with Slidev's click system, so that arrow keys step them, presenter
// and audience agree (state is the click count alone), a plain PDF export shows the last stage and
// `--with-clicks` exports one page per stage.
import { useNav, useSlideContext } from '@slidev/client'
import { computed, onUnmounted, useId, type ComputedRef } from 'vue'
import { stageAt } from './stages.ts'

export function useClickStages(count: number): { stage: ComputedRef<number>, print: ComputedRef<boolean> } {
  const { $clicksContext: clicks } = useSlideContext()
  const { isPrintMode } = useNav()
  const key = `click-stages-${useId()}` // this figure's entry in the slide's click registry
  const info = clicks.calculateSince('+1', count - 1)
  clicks.register(key, info)
  onUnmounted(() => clicks.unregister(key))
  const start = info?.start ?? 0
  return {
    stage: computed(() => stageAt(clicks.current, start, count)),
    print: computed(() => isPrintMode.value),
  }
}
