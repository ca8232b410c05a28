// `npm run export`: every PDF, in exports/, printed from the speaker's site, which it builds first
// (`npm run build:presenter`, in dist-presenter/): slides (a page a slide at its final click), steps
// (a page a click), notes (the speaker's notes, packed), the audience handout (three slides a page
// beside ruled lines, A4 and US Letter) and the speaker handout (each slide beside its notes).
import type { RunOptions } from './build.ts'
import { copyFileSync, mkdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { findChromium } from './browser.ts'
import { buildSite, SITES } from './build.ts'
import { runAsCommand } from './command.ts'
import { DOWNLOAD_NAME, PDFS, printPdfs } from './print.ts'

/** Resolves with Slidev's output. `built`: dist-presenter/ is already built from these slides. */
export async function exportPdfs(options: RunOptions = {}, { built = false } = {}): Promise<string> {
  findChromium() // no browser: stop before any work, with the finder's message
  const log = built ? '' : await buildSite('presenter', options)
  const { slides, ...others } = PDFS
  mkdirSync(dirname(slides), { recursive: true })
  copyFileSync(resolve(SITES.presenter, DOWNLOAD_NAME), slides) // the build printed it
  await printPdfs({ dir: SITES.presenter }, others, options.env)
  return log
}

runAsCommand(import.meta.url, async () => {
  await exportPdfs({ quiet: true }) // Slidev's build output is for us; it shows if the build fails
  return `Wrote:\n${Object.values(PDFS).map(p => `  ${p}`).join('\n')}`
})
