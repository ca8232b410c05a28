// Slidev runs a root setup only from setup/root.ts. The presenter's fix that keeps every window on
// its slide and click as one opens or reloads lives with the other speaker's tools.
import { useNav } from '@slidev/client'
import { defineRootSetup } from '@slidev/types'
import windowSync from '../presenter/window-sync.ts'

export default defineRootSetup(() => {
  windowSync()
  // On a phone (a touch screen its main pointer), each slide mounts when shown. Slidev's default
  // mounts every slide 3 s after the first, for instant steps on the speaker's laptop; on an
  // attendee's phone that freezes the page for most of a second, just as they start to read.
  // (Each slide's frontmatter `preload: false`, as if written in the slide.) A presenter view on a
  // tablet keeps Slidev's default: a slide not yet mounted has no clicks to step through.
  if (matchMedia('(pointer: coarse)').matches && !/\/presenter(?:\/|$)/.test(location.pathname)) {
    for (const route of useNav().slides.value)
      route.meta.slide.frontmatter.preload = false
  }
})
