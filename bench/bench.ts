// `npm run bench`: this deck against Slidev's official starter deck (create-slidev's template, set up
// from the registry in .bench/, never committed), with the same CLI and browser. Prints a table with
// the ratios and writes it to .bench/results.md. Timings live here, never in tests.

import type { Buffer } from 'node:buffer'
import type { Browser } from 'playwright-chromium'
import { execFileSync } from 'node:child_process'
import {
  cpSync,
  existsSync,
  globSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { gzipSync } from 'node:zlib'
import { FIGURES } from '../components/figures/stages.ts'
import { CHROMIUM_ARGS, findChromium, launchChromium } from '../scripts/browser.ts'
import { runSlidev } from '../scripts/build.ts'
import { runAsCommand } from '../scripts/command.ts'
import { loadDeck, ROOT, slideWithTag } from '../scripts/deck.ts'
import { exportPdfs } from '../scripts/export.ts'
import { readPdf } from '../scripts/pdf.ts'
import { PDFS } from '../scripts/print.ts'
import { serveStatic } from '../scripts/serve.ts'

const BENCH = resolve(ROOT, '.bench')
const RUNS = 5
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
async function seconds(fn: () => Promise<unknown>) {
  const start = performance.now()
  await fn()
  return (performance.now() - start) / 1000
}

/** The starter deck, unpacked from the create-slidev package with the theme it names. */
function setUpStarter(): string {
  const dir = join(BENCH, 'starter')
  if (existsSync(join(dir, 'node_modules/@slidev/theme-seriph')))
    return join(dir, 'slides.md')
  const tmp = mkdtempSync(join(tmpdir(), 'create-slidev-'))
  const tarball = execFileSync(
    'npm',
    ['pack', 'create-slidev', '--silent', '--pack-destination', tmp],
    { encoding: 'utf8' },
  ).trim().split('\n').pop()!
  execFileSync('tar', ['xzf', join(tmp, tarball), '-C', tmp])
  rmSync(dir, { recursive: true, force: true })
  cpSync(join(tmp, 'package/template'), dir, { recursive: true })
  renameSync(join(dir, '_gitignore'), join(dir, '.gitignore'))
  // Only the theme: the CLI, Vue and the browser are this project's, for a like-for-like run.
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'starter', private: true, type: 'module' }))
  execFileSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '@slidev/theme-seriph'], {
    cwd: dir,
    stdio: 'ignore',
    env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' },
  })
  rmSync(tmp, { recursive: true, force: true })
  return join(dir, 'slides.md')
}

/** Lighthouse 13 (it needs Node 22.19), from the registry into .bench/ on first use, as the starter is. */
async function setUpLighthouse(): Promise<Lighthouse> {
  const dir = join(BENCH, 'lighthouse')
  const entry = join(dir, 'node_modules/lighthouse/core/index.js')
  if (!existsSync(entry)) {
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'lighthouse-runner', private: true }))
    execFileSync('npm', ['install', '--no-audit', '--no-fund', 'lighthouse@13'], { cwd: dir, stdio: 'ignore' })
  }
  return (await import(entry)).default as Lighthouse
}

type Lighthouse = (url: string, flags: object) => Promise<{ lhr: LighthouseReport } | undefined>
interface LighthouseReport {
  categories: Record<string, { score: number | null }>
  audits: Record<string, { numericValue?: number }>
}
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const
type Category = (typeof CATEGORIES)[number]
type Scores = Record<Category, number> & { fcp: number, lcp: number, tbt: number, kib: number }

/** A port no one listens on, for Chromium's DevTools protocol, which Lighthouse drives. */
async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1')
  await new Promise(resolve => server.once('listening', resolve))
  const { port } = server.address() as { port: number }
  await new Promise(resolve => server.close(resolve))
  return port
}

/**
 * Lighthouse's mobile profile (a phone's screen, a slow 4G network and a slow CPU, simulated) on
 * `url`, three times, each in a fresh Chromium: the run with the median performance score.
 */
async function lighthouseScores(lighthouse: Lighthouse, url: string): Promise<Scores> {
  const runs: Scores[] = []
  for (let run = 0; run < 3; run++) {
    const port = await freePort()
    const args = [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`, '--ignore-certificate-errors'] // ours, above
    const browser = await launchChromium({ args })
    try {
      const { lhr } = (await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES }))!
      const score = (name: string) => Math.round((lhr.categories[name]!.score ?? 0) * 100)
      const value = (audit: string) => lhr.audits[audit]!.numericValue ?? Number.NaN
      runs.push({
        ...Object.fromEntries(CATEGORIES.map(name => [name, score(name)])) as Record<Category, number>,
        fcp: value('first-contentful-paint') / 1000,
        lcp: value('largest-contentful-paint') / 1000,
        tbt: value('total-blocking-time'),
        kib: value('total-byte-weight') / 1024,
      })
    }
    finally {
      await browser.close()
    }
  }
  return runs.sort((a, b) => a.performance - b.performance)[1]!
}

/**
 * A built site as a static host publishes it: every text file also gzipped beside itself (the server
 * sends that to a browser that accepts gzip), and this deck's PDFs from `npm run export` beside the
 * slides, which the deck keeps for offline use on a first visit.
 */
function publishLike(dir: string, name: string) {
  for (const file of globSync('**/*.{html,js,css,svg,json,txt,webmanifest}', { cwd: dir }))
    writeFileSync(join(dir, `${file}.gz`), gzipSync(readFileSync(join(dir, file)), { level: 9 }))
  const exports = resolve(ROOT, 'exports') // as CI publishes them: `cp exports/*.pdf dist/`
  for (const pdf of name === 'ours' ? globSync('*.pdf', { cwd: exports }) : [])
    cpSync(join(exports, pdf), join(dir, pdf))
}

interface Result {
  build: number
  firstSlideKiB: number
  exportTime: number
  pdfKiBPerPage: number
  firstSlideVisible: number
  frames?: { title: string, longest: number, p95: number }[]
  fineTuning?: { seconds: number, longest: number }
  /** Lighthouse, mobile: the first slide, and this deck's reading version. */
  lighthouse?: { first: Scores, reading?: Scores }
}

async function firstSlide(browser: Browser, url: string, dir: string) {
  const times: number[] = []
  let bytes = 0
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
    const page = await context.newPage()
    const assets = new Set<string>()
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname
      if (request.url().startsWith(url) && /\.(?:js|css)$/.test(path))
        assets.add(path)
    })
    await page.goto(`${url}1`, { waitUntil: 'commit' })
    await page.locator('.slidev-page-1').first().waitFor({ state: 'visible' })
    times.push(await page.evaluate(() => performance.now()) / 1000)
    await page.waitForLoadState('networkidle').catch(() => {})
    bytes = [...assets].reduce((sum, path) => sum + gzipSync(readFileSync(join(dir, path))).length, 0)
    await context.close()
  }
  return { visible: median(times), kib: bytes / 1024 }
}

interface Animated { title: string, no: number, at: number, steps: number }

/** Frame times while a figure animates: from its first stage, press → and record every frame for 1 s, step by step. */
async function frames(browser: Browser, url: string, { title, no, at, steps }: Animated) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
  await page.goto(`${url}${no}?clicks=${at - 1}`, { waitUntil: 'networkidle' })
  await page.locator(`.slidev-page-${no}`).first().waitFor()
  await page.evaluate(() => document.fonts.ready)
  // Slidev mounts every slide 3 s after load (SlidesShow.vue); measure the animation, not that.
  await page.waitForTimeout(4000)
  const results: { title: string, longest: number, p95: number }[] = []
  for (let step = 1; step <= steps; step++) {
    // A string, so that the bundler's helpers stay out of the page.
    await page.evaluate(`window.stamps = []; (function tick(t) {
      if (t) window.stamps.push(t)
      if (window.stamps.length < 200) requestAnimationFrame(tick)
    })()`)
    await page.keyboard.press('ArrowRight')
    await page.waitForTimeout(1000)
    const stamps = await page.evaluate(() => (window as unknown as { stamps: number[] }).stamps)
    const sorted = stamps.slice(1).map((t, i) => t - stamps[i]!).sort((a, b) => a - b)
    results.push({
      title: `${title}, step to stage ${step}`,
      longest: sorted.at(-1)!,
      p95: sorted[Math.floor(sorted.length * 0.95)]!,
    })
  }
  await page.close()
  return results
}

/**
 * The live fine-tuning slide: from the press of → (the Train click) to the finished run, and the
 * longest frame of the page meanwhile (training runs in a Web Worker, so the slide should keep its
 * frames). Median of three runs; the longest frame is the worst of the three.
 */
async function fineTuning(browser: Browser, url: string, no: number) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
  await page.goto(`${url}${no}?clicks=0`, { waitUntil: 'networkidle' })
  await page.locator(`.slidev-page-${no} .fine-tune-live`).first().waitFor()
  await page.waitForTimeout(4000) // Slidev mounts every slide 3 s after load
  const times: number[] = []
  let longest = 0
  for (let run = 0; run < 3; run++) {
    await page.evaluate(`window.stamps = []; window.ticking = true; (function tick(t) {
      if (t) window.stamps.push(t)
      if (window.ticking) requestAnimationFrame(tick)
    })()`)
    const started = Date.now()
    await page.keyboard.press('ArrowRight')
    await page.locator(`.slidev-page-${no} .fine-tune-live[data-state="trained"]`).first().waitFor({ timeout: 120_000 })
    times.push((Date.now() - started) / 1000)
    const stamps = await page.evaluate(`window.ticking = false; window.stamps`) as number[]
    longest = Math.max(longest, ...stamps.slice(1).map((t, i) => t - stamps[i]!))
    await page.keyboard.press('ArrowLeft') // back to the pre-trained model, for the next run
    await page.locator(`.slidev-page-${no} .fine-tune-live[data-state="pre-trained"]`).first().waitFor()
  }
  await page.close()
  return { seconds: median(times), longest }
}

/**
 * PDF export time. This deck: the whole `npm run export` (a build, then every PDF). The starter: its
 * own two exports, one Slidev start each: slides and --with-clicks (`slidev export-notes` takes no
 * browser path, so it cannot run here; leaving it out flatters the starter).
 */
async function exportSeconds(name: string, entry: string): Promise<number> {
  return seconds(async () => {
    if (name === 'ours')
      return exportPdfs({ quiet: true })
    const pdf = join(BENCH, `${name}.pdf`)
    const browser = ['--executable-path', findChromium(), '--timeout', '180000']
    await runSlidev(['export', entry, '--output', pdf, ...browser], { quiet: true })
    const steps = join(BENCH, `${name}-steps.pdf`)
    await runSlidev(['export', entry, '--with-clicks', '--output', steps, ...browser], { quiet: true })
  })
}

async function measure(
  name: string,
  entry: string,
  browser: Browser,
  figures: Animated[] = [],
  live?: number, // the live fine-tuning slide's number
  lighthouse?: Lighthouse,
): Promise<Result> {
  const out = join(BENCH, `site-${name}`)
  const builds: number[] = []
  const notes = name === 'ours' ? ['--without-notes'] : [] // this deck's public site, as `npm run build`
  for (let run = 0; run < 3; run++)
    builds.push(await seconds(() => runSlidev(['build', entry, '--out', out, ...notes], { quiet: true })))
  const pdf = name === 'ours' ? PDFS.slides : join(BENCH, `${name}.pdf`)
  const exportTime = await exportSeconds(name, entry)
  const { pages } = await readPdf(pdf)
  const site = await serveStatic(out)
  try {
    const first = await firstSlide(browser, site.url, out)
    const result: Result = {
      build: median(builds),
      firstSlideKiB: first.kib,
      exportTime,
      pdfKiBPerPage: statSync(pdf).size / 1024 / pages.length,
      firstSlideVisible: first.visible,
    }
    result.frames = []
    for (const figure of figures) // one at a time: two pages animating at once would share 2 cores
      result.frames.push(...await frames(browser, site.url, figure))
    if (live)
      result.fineTuning = await fineTuning(browser, site.url, live)
    if (lighthouse)
      result.lighthouse = await publishedScores(lighthouse, name, out)
    return result
  }
  finally {
    await site.close()
  }
}

/**
 * A certificate for 127.0.0.1, made once with openssl: a static host serves HTTP/2, which browsers
 * speak only over TLS, and Lighthouse models HTTP/1.1's six connections a host very differently.
 */
function benchCertificate(): { key: Buffer, cert: Buffer } {
  const [key, cert] = [join(BENCH, 'tls-key.pem'), join(BENCH, 'tls-cert.pem')]
  if (!existsSync(cert)) {
    const args = ['-x509', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=127.0.0.1', '-days', '3650']
    execFileSync('openssl', ['req', ...args, '-keyout', key, '-out', cert], { stdio: 'ignore' })
  }
  return { key: readFileSync(key), cert: readFileSync(cert) }
}

/** Lighthouse on the site in `dir` as published, over HTTP/2: the first slide; this deck's reading version. */
async function publishedScores(lighthouse: Lighthouse, name: string, dir: string) {
  publishLike(dir, name)
  const site = await serveStatic(dir, { compressed: true, tls: benchCertificate() })
  try {
    const first = await lighthouseScores(lighthouse, `${site.url}1`)
    return { first, reading: name === 'ours' ? await lighthouseScores(lighthouse, `${site.url}read`) : undefined }
  }
  finally {
    await site.close()
  }
}

type Timing = keyof Omit<Result, 'frames' | 'fineTuning' | 'lighthouse'>
const ROWS: { label: string, key: Timing, unit: string, target?: number }[] = [
  { label: 'build', key: 'build', unit: 's' },
  { label: 'first-slide JS + CSS (gzip)', key: 'firstSlideKiB', unit: 'KiB', target: 0.25 },
  {
    label: 'PDF export (this deck: npm run export, 6 PDFs; starter: slides, steps)',
    key: 'exportTime',
    unit: 's',
    target: 0.5,
  },
  { label: 'PDF bytes per page', key: 'pdfKiBPerPage', unit: 'KiB', target: 1 },
  { label: 'navigation → first slide visible (median of 5)', key: 'firstSlideVisible', unit: 's', target: 0.5 },
]

function fineTuningLine({ seconds, longest }: { seconds: number, longest: number }) {
  return `Fine-tuning, live: the run takes ${seconds.toFixed(2)} s (median of 3, press to finished); longest frame `
    + `meanwhile ${longest.toFixed(1)} ms (≤ 50 ms ${longest <= 50 ? 'met' : 'missed'}).`
}

function table(ours: Result, starter: Result): string {
  const fmt = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(2))
  const lines = [
    '| metric | this deck | starter deck | ratio | target |',
    '| --- | ---: | ---: | ---: | --- |',
    ...ROWS.map(({ label, key, unit, target }) => {
      const ratio = ours[key] / starter[key]
      const verdict = target === undefined ? '' : `≤ ${target}× ${ratio <= target ? 'met' : 'missed'}`
      const values = `${fmt(ours[key])} ${unit} | ${fmt(starter[key])} ${unit}`
      return `| ${label} | ${values} | ${ratio.toFixed(2)}× | ${verdict} |`
    }),
    '',
    '| animated step (this deck) | longest frame | 95th-percentile frame | target |',
    '| --- | ---: | ---: | --- |',
    ...(ours.frames ?? []).map((f) => {
      const verdict = `≤ 50 ms ${f.longest <= 50 ? 'met' : 'missed'}`
      return `| ${f.title} | ${f.longest.toFixed(1)} ms | ${f.p95.toFixed(1)} ms | ${verdict} |`
    }),
    ...(ours.fineTuning ? ['', fineTuningLine(ours.fineTuning)] : []),
    ...(ours.lighthouse && starter.lighthouse ? ['', lighthouseTable(ours.lighthouse, starter.lighthouse.first)] : []),
  ]
  return lines.join('\n')
}

/** Lighthouse's scores (target: 90 in every category) and its paint times, with ratios to the starter. */
function lighthouseTable(ours: NonNullable<Result['lighthouse']>, starter: Scores): string {
  const rows: { label: string, key: keyof Scores, fmt: (x: number) => string, goal?: (x: number) => boolean }[] = [
    ...CATEGORIES.map(key => ({ label: key, key, fmt: (x: number) => String(x), goal: (x: number) => x >= 90 })),
    { label: 'first contentful paint', key: 'fcp', fmt: x => `${x.toFixed(1)} s` },
    { label: 'largest contentful paint', key: 'lcp', fmt: x => `${x.toFixed(1)} s` },
    { label: 'total blocking time', key: 'tbt', fmt: x => `${x.toFixed(0)} ms` },
    { label: 'bytes transferred', key: 'kib', fmt: x => `${x.toFixed(0)} KiB` },
  ]
  const verdict = (goal: ((x: number) => boolean) | undefined, x?: number) =>
    goal && x !== undefined ? (goal(x) ? ' (≥ 90 met)' : ' (≥ 90 missed)') : ''
  return [
    '| Lighthouse, mobile (median of 3) | this deck, first slide | starter, first slide | ratio | this deck, reading version |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...rows.map(({ label, key, fmt, goal }) => {
      const [first, reading] = [ours.first[key], ours.reading?.[key]]
      const readingCell = reading === undefined ? '' : `${fmt(reading)}${verdict(goal, reading)}`
      return `| ${label} | ${fmt(first)}${verdict(goal, first)} | ${fmt(starter[key])} `
        + `| ${(first / starter[key]).toFixed(2)}× | ${readingCell} |`
    }),
  ].join('\n')
}

runAsCommand(import.meta.url, async () => {
  mkdirSync(BENCH, { recursive: true })
  const starterEntry = setUpStarter()
  if (process.argv.includes('--export')) { // `npm run bench -- --export`: the export times alone, twice, interleaved
    const times = { ours: [] as number[], starter: [] as number[] }
    for (let run = 0; run < 2; run++) {
      times.ours.push(await exportSeconds('ours', resolve(ROOT, 'slides.md')))
      times.starter.push(await exportSeconds('starter', starterEntry))
    }
    const best = (xs: number[]) => Math.min(...xs)
    const list = (xs: number[]) => `${xs.map(t => t.toFixed(1)).join(' s, ')} s`
    const ratio = (best(times.ours) / best(times.starter)).toFixed(2)
    return `PDF export: this deck (npm run export, ${Object.keys(PDFS).length} PDFs) ${list(times.ours)}; `
      + `starter (slides, steps) ${list(times.starter)}; best ratio ${ratio}×`
  }
  if (process.argv.includes('--lighthouse')) { // `npm run bench -- --lighthouse`: Lighthouse alone
    const lighthouse = await setUpLighthouse()
    const sites = { ours: resolve(ROOT, 'slides.md'), starter: starterEntry }
    const scores: Record<string, NonNullable<Result['lighthouse']>> = {}
    for (const [name, entry] of Object.entries(sites)) {
      const out = join(BENCH, `site-${name}`)
      await runSlidev(['build', entry, '--out', out, ...(name === 'ours' ? ['--without-notes'] : [])], { quiet: true })
      scores[name] = await publishedScores(lighthouse, name, out)
    }
    return lighthouseTable(scores.ours!, scores.starter!.first)
  }
  const browser = await launchChromium()
  try {
    const { slides } = await loadDeck()
    const live = slideWithTag(slides, 'FineTuneLive')?.slide.no
    if (process.argv.includes('--fine-tune') && live) { // `npm run bench -- --fine-tune`: the live slide alone
      const out = join(BENCH, 'site-ours')
      await runSlidev(['build', resolve(ROOT, 'slides.md'), '--out', out], { quiet: true })
      const site = await serveStatic(out)
      try {
        return fineTuningLine(await fineTuning(browser, site.url, live))
      }
      finally {
        await site.close()
      }
    }
    // Every animated figure of the one list, on the slide that shows its tag.
    const figures = FIGURES.map(({ component, stages }) => {
      const found = slideWithTag(slides, component)
      if (!found)
        throw new Error(`No slide shows <${component} />`)
      return { title: component, no: found.slide.no, at: found.at, steps: stages.length - 1 }
    })
    const lighthouse = await setUpLighthouse()
    const ours = await measure('ours', resolve(ROOT, 'slides.md'), browser, figures, live, lighthouse)
    const starter = await measure('starter', starterEntry, browser, [], undefined, lighthouse)
    const date = new Date().toISOString().slice(0, 10)
    const markdown = '# Benchmark: this deck vs the Slidev starter deck\n\n'
      + `Measured ${date} on ${process.platform}, Node ${process.version}, same Slidev CLI and Chromium for both.\n\n`
      + `${table(ours, starter)}\n`
    writeFileSync(join(BENCH, 'results.md'), markdown)
    return markdown
  }
  finally {
    await browser.close()
  }
})
