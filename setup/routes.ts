// Pages added to the deck's own app (Slidev's routes setup): the handouts, printed by
// scripts/export.ts with Chromium so that they are tagged PDFs with the slides in vector, and the
// phone remote, and the reading version (/read): the talk as an article, slides and notes as prose.
import { defineRoutesSetup } from '@slidev/types'
import { remoteRoute } from '../presenter/remote-route.ts'

export default defineRoutesSetup(routes => [
  ...routes,
  { path: '/handout/audience', component: () => import('../handouts/AudienceHandout.vue') },
  { path: '/handout/speaker', component: () => import('../handouts/SpeakerHandout.vue') },
  { path: '/handout/notes', component: () => import('../handouts/NotesPage.vue') },
  { path: '/read', component: () => import('../reading/ReadingPage.vue') },
  remoteRoute,
])
