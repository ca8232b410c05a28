// Built sites work offline after one visit: the status line that registers the service worker
// (setup/OfflineStatus.vue) is its own small app, so that it shows on every page of the deck
// (slides, presenter view, reading version) and is never part of a slide. None in the dev server.
import { defineAppSetup } from '@slidev/types'
import { createApp } from 'vue'
import { networkQuiet } from './network-quiet.ts'
import OfflineStatus from './OfflineStatus.vue'

export default defineAppSetup(() => {
  // Not in the dev server, which has hot reload. (import.meta.env.DEV would also be true in a build
  // run under NODE_ENV=test, as the test setup's builds are, and drop the status line from them.)
  if (import.meta.hot)
    return
  // Nor on the pages printed to PDF (the slides, the handouts): it would add a page of its own.
  if (/\/(?:print|handout)(?:\/|$)/.test(location.pathname))
    return
  // Once the first view is on screen: the worker then downloads the whole site and the PDFs, which
  // on a phone's first visit would compete with the first slide for the network.
  void networkQuiet().then(() => {
    const host = document.createElement('div')
    document.body.append(host)
    createApp(OfflineStatus).mount(host)
  })
})
