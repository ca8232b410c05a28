import type { Plugin } from 'vite'
import { basename } from 'node:path'
import { defineConfig } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import { deckCheck } from './scripts/deck-check.ts'
import { budgetsByTitle, ENTRIES, loadDeck } from './scripts/deck.ts'
import { reading } from './scripts/reading.ts'
import { talkDetails } from './talk.config.ts'

// Slidev keeps its print route (/print) out of a build unless the headmatter's `download` is true,
// which would also run its own export, untagged; ours prints the PDFs from the built site instead.
// A `post` plugin's config comes after Slidev's, so this define wins.
const printRoute: Plugin = {
  name: 'print-route',
  enforce: 'post',
  config: () => ({ define: { __SLIDEV_FEATURE_PRINT__: 'true' } }),
}

// An attendee who scans the QR code lands on the first slide. Its code comes in three rounds: the
// app, then Slidev's slide view (pages/play.vue), then the first slide itself, each found only once
// the round before has run, a network round trip apart. The built page asks for all three at once.
// (Any other page, such as /read, fetches these few kilobytes for nothing.)
const FIRST_VIEW = [/\/@slidev\/client\/pages\/play\.vue$/, /\/@slidev\/slides\/1\/md$/]
function preloadFirstSlide(): Plugin {
  let base = '/'
  return {
    name: 'preload-first-slide',
    apply: 'build',
    configResolved: (config) => {
      base = config.base
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        const chunks = Object.values(bundle ?? {}).filter(file => file.type === 'chunk')
        const byName = new Map(chunks.map(chunk => [chunk.fileName, chunk]))
        const scripts = new Set<string>()
        const styles = new Set<string>()
        const add = (name: string) => {
          const chunk = byName.get(name)
          if (!chunk || scripts.has(name) || html.includes(name))
            return
          scripts.add(name)
          chunk.viteMetadata?.importedCss.forEach(css => styles.add(css))
          chunk.imports.forEach(add)
        }
        for (const chunk of chunks.filter(c => FIRST_VIEW.some(id => id.test(c.facadeModuleId ?? ''))))
          add(chunk.fileName)
        const link = (attrs: Record<string, string>) => ({ tag: 'link', attrs, injectTo: 'head' as const })
        return [
          ...[...scripts].map(file => link({ rel: 'modulepreload', crossorigin: '', href: `${base}${file}` })),
          ...[...styles].map(file => link({ rel: 'preload', as: 'style', href: `${base}${file}` })),
        ]
      },
    },
  }
}

/** The PDFs of both versions of the talk, by file name: the slides PDF and `npm run export`'s. */
async function offlinePdfs() {
  const { exportsOf } = await import('./scripts/print.ts')
  const decks = await Promise.all(Object.values(ENTRIES).map(entry => loadDeck(entry)))
  const downloads = decks.map(deck => String(deck.headmatter.download))
  return downloads.flatMap(download => Object.values(exportsOf(download)).map(path => basename(path)))
}

// The published deck works offline after one visit: a service worker (vite-plugin-pwa, Workbox)
// keeps every file of the build. Slidev's own `pwa` option cannot say when an update is ready (it
// reloads the page by itself, mid-talk) and cannot keep the PDFs, which are printed from the built
// site after this build: setup/OfflineStatus.vue stores them in PDF_CACHE on the first visit
// and after each new deployment, and the worker serves them from there.
const PDF_CACHE = 'deck-pdfs'
const offline = VitePWA({
  registerType: 'prompt', // the page says a new deployment is ready; the speaker reloads when it suits
  injectRegister: false, // setup/OfflineStatus.vue registers it
  manifest: false,
  workbox: {
    globPatterns: ['**/*.{html,js,css,svg,png,jpg,webp,woff,woff2,json,txt}'],
    maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
    navigateFallback: 'index.html', // every route (/3, /read, /presenter) is the one app
    runtimeCaching: [{
      urlPattern: ({ url }) => url.pathname.endsWith('.pdf'),
      handler: 'StaleWhileRevalidate',
      options: { cacheName: PDF_CACHE },
    }],
  },
})

export default defineConfig(async ({ command }) => ({
  define: {
    // The speaker's details reach the slides as one constant (components/talk.ts reads it).
    __TALK__: JSON.stringify(talkDetails()),
    // Each slide's time budget, read from its notes at build time: numbers by title, so pacing
    // works in the audience's build too, which has no notes (presenter/usePacing.ts reads it).
    __BUDGETS__: JSON.stringify(budgetsByTitle((await loadDeck()).slides)),
    // The PDFs a visit keeps for offline use, where the build and the export put them, and the build
    // they belong to (a new deployment stores them again).
    __OFFLINE_PDFS__: JSON.stringify(await offlinePdfs()),
    __BUILD_ID__: JSON.stringify(Date.now().toString(36)),
    __PDF_CACHE__: JSON.stringify(PDF_CACHE),
  },
  plugins: [deckCheck(), printRoute, reading(), offline, preloadFirstSlide()],
  // Vite would find uqr (the QR code on the closing slide) only when that slide first loads, and
  // then reload every open window. (The deck's other packages Slidev bundles, or leaves unbundled.)
  optimizeDeps: { include: ['uqr'] },
  // Rolldown's "[PLUGIN_TIMINGS]" advice after every build is for plugin authors, not the speaker.
  build: { rolldownOptions: { checks: { bundlerTimings: false } } },
  // A build lists every asset it writes; the speaker needs only warnings and errors.
  logLevel: command === 'build' ? 'warn' as const : 'info' as const,
}))
