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

  watch(() => [clicksContext.value.current, clicksContext.value.total] as const, ([clicks, total]) => {
    const agreed = sharedState.clicks === clicks && sharedState.clicksTotal === total
    if (!reports() || sharedState.page !== currentSlideNo.value || agreed)
      return
    patch('clicks', clicks)
    patch('clicksTotal', total)
    patch('lastUpdate', { id, type: isPresenter.value ? 'presenter' : 'viewer', time: Date.now() })
  })
})
