import type { Figure } from './stages.ts'
// Registers a figure's stages with Slidev's click system, so that arrow keys step them, presenter
// and audience agree (state is the click count alone), a plain PDF export shows the last stage and
// `--with-clicks` exports one page per stage.
import { useNav, useSlideContext } from '@slidev/client'
import { computed, onUnmounted, useId, watchEffect } from 'vue'
import { figuresOnScreen } from '../../presenter/announcements.ts'
import { stageAt } from './stages.ts'

/**
 * `at` is the slide click that shows the second stage (absolute, like v-click's `at`), so that the
 * order against other clicks on the slide never depends on which registers first.
 */
export function useClickStages(figure: Figure, at = 1) {
  const { stages, name, role = 'img' } = figure
  const { $clicksContext: clicks, $page, $renderContext } = useSlideContext()
  const { isPrintMode } = useNav()
  const key = `click-stages-${useId()}` // this figure's entry in the slide's click registry
  const info = clicks.calculateSince(at, stages.length - 1)
  clicks.register(key, info)
  onUnmounted(() => clicks.unregister(key))
  const start = info?.start ?? at
  const stage = computed(() => stageAt(clicks.current, start, stages.length))
  const label = computed(() =>
    `${name}, stage ${stage.value + 1} of ${stages.length}: ${stages[stage.value]!.description}`)
  // The slide on screen, the audience's or the presenter's (not a preview of the next click, nor print),
  // tells screen readers its stage.
  if ($renderContext?.value === 'slide' || $renderContext?.value === 'presenter') {
    watchEffect(() => figuresOnScreen.set($page.value, label.value))
    onUnmounted(() => figuresOnScreen.delete($page.value))
  }
  return {
    stage,
    /** The root's attributes: the text alternative names the stage; print turns motion off. */
    root: computed(() => ({
      role,
      'aria-label': label.value,
      'data-stage': stage.value,
      'class': { 'ft-figure': true, 'ft-print': isPrintMode.value },
    })),
  }
}
