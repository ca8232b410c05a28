import type { Plugin } from 'vite'
import { defineConfig } from 'vite'
import { budgetsByTitle, loadDeck } from './scripts/deck.ts'
import { talkDetails } from './talk.config.ts'
import { deckCheck } from './vite/deck-check.ts'
import { reading } from './vite/reading.ts'

// Slidev keeps its print route (/print) out of a build unless the headmatter's `download` is true,
// which would also run its own export, untagged; ours prints the PDFs from the built site instead.
// A `post` plugin's config comes after Slidev's, so this define wins.
const printRoute: Plugin = {
  name: 'print-route',
  enforce: 'post',
  config: () => ({ define: { __SLIDEV_FEATURE_PRINT__: 'true' } }),
}

export default defineConfig(async ({ command }) => ({
  define: {
    // The speaker's details reach the slides as one constant (composables/talk.ts reads it).
    __TALK__: JSON.stringify(talkDetails()),
    // Each slide's time budget, read from its notes at build time: numbers by title, so pacing
    // works in the audience's build too, which has no notes (composables/usePacing.ts reads it).
    __BUDGETS__: JSON.stringify(budgetsByTitle((await loadDeck()).slides)),
  },
  plugins: [deckCheck(), printRoute, reading()],
  // Vite would find uqr (the QR code on the closing slide) only when that slide first loads, and
  // then reload every open window. (The deck's other packages Slidev bundles, or leaves unbundled.)
  optimizeDeps: { include: ['uqr'] },
  // Rolldown's "[PLUGIN_TIMINGS]" advice after every build is for plugin authors, not the speaker.
  build: { rolldownOptions: { checks: { bundlerTimings: false } } },
  // A build lists every asset it writes; the speaker needs only warnings and errors.
  logLevel: command === 'build' ? 'warn' as const : 'info' as const,
}))
