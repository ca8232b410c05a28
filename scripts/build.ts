import type { Buffer } from 'node:buffer'
// `npm run build`: the site for the audience, in dist/: no speaker notes in any file, and the slides
// PDF beside it for the deck's download button. `npm run build:presenter`: the speaker's site, in
// dist-presenter/, notes kept, with the same PDF. BASE=/path/ sets the base path (e.g. a GitHub
// Pages project site). The PDF is printed from the site just built, so it always shows its slides.
import { spawn } from 'node:child_process'
import { copyFileSync, mkdirSync } from 'node:fs'
import { basename, resolve } from 'node:path'
import process from 'node:process'
import { runAsCommand } from './command.ts'
import { ENTRIES, ENTRY, ROOT } from './deck.ts'
import { DOWNLOAD_NAME, printPdfs } from './print.ts'

export const SLIDEV_BIN = resolve(ROOT, 'node_modules/@slidev/cli/bin/slidev.mjs')
/** Where a deck's sites are built: the full talk's in dist/, another's beside it, e.g. dist-lightning/. */
export function sitesOf(entry: string) {
  const suffix = entry === ENTRIES.full ? '' : `-${basename(entry, '.md')}`
  return { public: resolve(ROOT, `dist${suffix}`), presenter: resolve(ROOT, `dist${suffix}-presenter`) }
}
export const SITES = sitesOf(ENTRY)

export interface RunOptions {
  /** Node flags for the Slidev process (the tests load the offline guard this way). */
  nodeArgs?: string[]
  /** Keep Slidev's progress output to ourselves, and show it only if the command fails. */
  quiet?: boolean
  /** Extra environment for the process (e.g. TALK_URL for one build). */
  env?: Record<string, string>
}

/** Runs the Slidev CLI; resolves with everything it printed. */
export function runSlidev(
  args: string[],
  { nodeArgs = [], quiet = false, env = {} }: RunOptions = {},
): Promise<string> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [...nodeArgs, SLIDEV_BIN, ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...env },
    })
    let output = ''
    const collect = (to: NodeJS.WriteStream) => (chunk: Buffer) => {
      output += chunk
      if (!quiet)
        to.write(chunk)
    }
    child.stdout.on('data', collect(process.stdout))
    child.stderr.on('data', collect(process.stderr))
    child.on('error', fail)
    child.on('exit', code => code === 0
      ? done(output)
      : fail(new Error(`slidev ${args.join(' ')} exited with ${code}\n${output}`)))
  })
}

type Site = keyof typeof SITES
/** How to build a site: for `base` (`/` by default), of which version of the talk, how to run Slidev. */
type SiteOptions = RunOptions & { base?: string, entry?: string }

/**
 * Builds a site with Slidev. Resolves with Slidev's output. The audience's site has no notes for the
 * slides or the presenter view; only its reading version (/read) may carry them, as prose, when
 * talk.config.ts publishes them.
 */
export function slidevBuild(kind: Site, { base = '/', entry = ENTRY, ...options }: SiteOptions = {}) {
  const noteFlags = kind === 'public' ? ['--without-notes'] : []
  return runSlidev(['build', entry, '--out', sitesOf(entry)[kind], '--base', base, ...noteFlags], options)
}

/** Prints a built site's slides PDF into it, for the deck's download button. */
export async function printSlidesPdf(kind: Site, { base = '/', env }: SiteOptions = {}) {
  const dir = SITES[kind]
  const pdf = resolve(dir, DOWNLOAD_NAME)
  await printPdfs({ dir, base }, { slides: pdf }, env)
  // The button fetches the headmatter's `download`, a relative URL: from /N it is the site's root,
  // from the presenter's /presenter/N it is presenter/, so the PDF goes in both places.
  mkdirSync(resolve(dir, 'presenter'), { recursive: true })
  copyFileSync(pdf, resolve(dir, 'presenter', DOWNLOAD_NAME))
}

/** Builds a site and prints its slides PDF into it. Resolves with Slidev's output. */
export async function buildSite(kind: Site, options: SiteOptions = {}) {
  const log = await slidevBuild(kind, options)
  await printSlidesPdf(kind, options)
  return log
}

runAsCommand(import.meta.url, async () => {
  const kind = process.argv.includes('--presenter') ? 'presenter' : 'public'
  await buildSite(kind, { base: process.env.BASE })
  return `Built the ${kind} site in ${SITES[kind]}`
})
