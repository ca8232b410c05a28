// Slidev tells the other windows the current slide's click and number of clicks when its route
// changes. When a window (re)loads, that is before its slide has counted its clicks, so it says
// "click 0 of 0": the presenter view would jump back to the slide's first click, and the phone
// remote would show the first click's notes and step straight to the next slide. So a window that
// has counted answers such a report with its own position, and the window that made it tells its
// own once it has counted, if no one has answered.
import { sharedState, useNav } from '@slidev/client'
import { defineRootSetup } from '@slidev/types'
import { watch } from 'vue'
import { onPatch, patch, syncDirections, TRUST_ORIGINS } from '../slidev/internals.ts'

export default defineRootSetup(() => {
  const { clicksContext, currentSlideNo, hasPrimarySlide, isPresenter, isPrintMode } = useNav()
  const id = `clicks-counted-${Math.random().toString(36).slice(2)}`
  // As Slidev decides whether a window reports its position: the presenter view, or slides shown
  // on this machine, each unless the speaker has turned its sending off.
  const sends = () => hasPrimarySlide.value && !isPrintMode.value && (isPresenter.value
    ? syncDirections.value.presenterSend
    : syncDirections.value.viewerSend && TRUST_ORIGINS.includes(location.hostname))
  const onThisSlide = () => sharedState.page === currentSlideNo.value
  function tell() {
    patch('clicks', clicksContext.value.current)
    patch('clicksTotal', clicksContext.value.total)
    patch('lastUpdate', { id, type: isPresenter.value ? 'presenter' : 'viewer', time: Date.now() })
  }

  // Registered before Slidev's own handler, which then finds nothing to follow.
  onPatch((state) => {
    const uncounted = state.clicksTotal === 0 && clicksContext.value.total > 0
    if (sends() && onThisSlide() && uncounted && clicksContext.value.isMounted)
      tell()
  })
  watch(() => clicksContext.value.total, (total) => {
    if (sends() && onThisSlide() && sharedState.clicksTotal !== total)
      tell()
  })
})
