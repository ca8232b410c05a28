// Slidev tells the other windows the current slide's click and number of clicks when its route
// changes. When a window (re)loads, that is before the slide has counted its clicks, so both read
// 0: the phone remote (and Slidev's notes page) would show the first click's notes and step
// straight to the next slide. Tell them again once the slide has counted.
import { sharedState, useNav } from '@slidev/client'
import { TRUST_ORIGINS } from '@slidev/client/constants.ts'
import { patch } from '@slidev/client/state/shared.ts'
import { defineRootSetup } from '@slidev/types'
import { watch } from 'vue'

export default defineRootSetup(() => {
  const { clicksContext, currentSlideNo, hasPrimarySlide, isPresenter, isPrintMode } = useNav()
  // The windows Slidev lets report their position: the presenter view, and slides on this machine.
  const reports = () => hasPrimarySlide.value && !isPrintMode.value
    && (isPresenter.value || TRUST_ORIGINS.includes(location.hostname))
  const id = `clicks-counted-${Math.random().toString(36).slice(2)}`

  // Only while the shared count is wrong: once any window has told the right one, the position is
  // the speaker's, and a window that is still catching up must not send it back a step.
  watch(() => clicksContext.value.total, (total) => {
    if (!reports() || sharedState.page !== currentSlideNo.value || sharedState.clicksTotal === total)
      return
    patch('clicks', clicksContext.value.current)
    patch('clicksTotal', total)
    patch('lastUpdate', { id, type: isPresenter.value ? 'presenter' : 'viewer', time: Date.now() })
  })
})
