import type { Browser } from 'playwright-chromium'
// The deck's PDFs, printed by Chromium from a built site (scripts/build.ts) with its tagged-PDF
// output on: a structure tree (headings, lists, tables, figures with their alt text, links), /Lang
// from <html lang>. The slides and steps are Slidev's own print route, as `slidev export` prints
// them (vite.config.ts keeps that route in builds); the handouts and notes are the deck's own pages
// (handouts/). A built site is static: nothing compiles while Chromium waits. Then each PDF gets the
// talk's metadata and an outline by section, with pdf-lib loading and saving the file, which keeps
// Chromium's tags, and gives the PDF 2.0 types Chromium tags with a role map (scripts/pdf-roles.ts).
import { mkdirSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import { basename, dirname, resolve } from 'node:path'
import process from 'node:process'
import { outlinePdfFactory } from '@lillallol/outline-pdf'
import { resolveConfig } from '@slidev/parser'
import * as pdfLib from 'pdf-lib'
import { PAPER } from '../shared/paper.ts'
import { talkDetails } from '../talk.config.ts'
import { launchChromium } from './browser.ts'
import { loadDeck, outline, ROOT } from './deck.ts'
import { mapRolesToPdf17 } from './pdf-roles.ts'
import { hasText, readPdf, readTags } from './pdf.ts'
import { serveStatic } from './serve.ts'

const { slides, headmatter } = await loadDeck()
/** The one place the name is set: the headmatter's `download`, the file the deck's button fetches. */
export const DOWNLOAD_NAME = basename(String(headmatter.download))

/** Every PDF of `npm run export` for a deck whose `download` is `name`, in exports/. */
export function exportsOf(download: string) {
  const name = basename(download, '.pdf')
  return {
    slides: resolve(ROOT, 'exports', `${name}.pdf`),
    steps: resolve(ROOT, 'exports', `${name}-steps.pdf`),
    notes: resolve(ROOT, 'exports', `${name}-notes.pdf`),
    audience: resolve(ROOT, 'exports', `${name}-handout.pdf`),
    audienceLetter: resolve(ROOT, 'exports', `${name}-handout-letter.pdf`),
    speaker: resolve(ROOT, 'exports', `${name}-speaker.pdf`),
  }
}
/** Every PDF of `npm run export` for this deck. */
export const PDFS = exportsOf(DOWNLOAD_NAME)
export type PdfKind = keyof typeof PDFS
export const KINDS = Object.keys(PDFS) as PdfKind[]

interface PrintJob {
  /** What the PDF is: its Subject. */
  subject: string
  /** The site's page that prints it: path and query, e.g. `print?print=true`. */
  path: string
  /** Paper: a CSS page size from the page itself, or the slide canvas. */
  page: 'css' | 'slide'
  /** For `css` pages: the paper's width in mm, the width the page lays out at (no shrink to fit). */
  paperWidth?: number
}
const JOBS: Record<PdfKind, PrintJob> = {
  slides: { subject: 'Slides, one page a slide', path: 'print?print=true', page: 'slide' },
  steps: { subject: 'Slides, one page a click of every animation', path: 'print?print=clicks', page: 'slide' },
  notes: { subject: 'Speaker notes', path: 'handout/notes?print=true', page: 'css', paperWidth: PAPER.a4.width },
  audience: {
    subject: 'Audience handout: three slides a page with room for notes (A4)',
    path: 'handout/audience?print=true',
    page: 'css',
    paperWidth: PAPER.a4.width,
  },
  audienceLetter: {
    subject: 'Audience handout: three slides a page with room for notes (US Letter)',
    path: 'handout/audience?print=true&paper=letter',
    page: 'css',
    paperWidth: PAPER.letter.width,
  },
  speaker: {
    subject: 'Speaker handout: each slide with its notes',
    path: 'handout/speaker?print=true',
    page: 'css',
    paperWidth: PAPER.a4.width,
  },
}
// The slide canvas in CSS pixels, as Slidev sizes a printed slide (client env.ts: slideHeight).
const { canvasWidth, aspectRatio } = resolveConfig(headmatter)
const CANVAS = { width: canvasWidth, height: Math.ceil(canvasWidth / aspectRatio) }

// A site is local: a request for anything else means a slide reaches for the network.
const isLocal = (url: string) => /^(?:data|blob):/.test(url) || new URL(url).hostname === '127.0.0.1'

async function print(browser: Browser, url: string, job: PrintJob, output: string) {
  // Slidev's exporter sizes the window to hold every slide, so that each lays out at full size.
  // A handout lays out at its paper's width, or Chromium would shrink it to fit the page.
  const viewport = job.page === 'slide'
    ? { width: CANVAS.width, height: CANVAS.height * slides.length }
    : { width: Math.round(job.paperWidth! * 96 / 25.4), height: 1200 }
  const context = await browser.newContext({ viewport })
  // A request for anything else fails at once (browser.ts: no host name resolves but localhost and
  // 127.0.0.1); it is recorded here, and the print fails naming it.
  const remote: string[] = []
  context.on('request', request => isLocal(request.url()) || remote.push(request.url()))
  const page = await context.newPage()
  try {
    await page.goto(`${url}${job.path}`, { waitUntil: 'networkidle' })
    await page.emulateMedia({ colorScheme: 'light', media: 'screen' })
    await page.evaluate(() => document.fonts.ready)
    // Wait for the printed slides or the handout's sections, then for every slide to load.
    await page.locator('.print-slide-container, main section').first().waitFor()
    await page.locator('.slidev-slide-loading').first().waitFor({ state: 'detached' })
    // A handout draws its slides with Slidev's print component, which loads when first drawn.
    await page.waitForFunction(() => [...document.querySelectorAll('.handout-slide')]
      .every(slide => slide.querySelector('.slidev-layout')))
    // Slidev's exporter hides Mermaid's off-screen work area, which would print as a blank last page.
    await page.evaluate(() =>
      document.querySelector<HTMLElement>('#mermaid-rendering-container')?.style.setProperty('display', 'none'))
    // The in-document links of SlideLink find their target page once it is rendered.
    await page.waitForFunction(() => [...document.querySelectorAll('a.slide-link')].every(a => a.hasAttribute('href')))
    if (remote.length)
      throw new Error(`${job.path} asked the network for ${remote.join(', ')}`)
    const noMargin = { top: '0', right: '0', bottom: '0', left: '0' }
    const size = job.page === 'slide'
      ? { width: `${CANVAS.width}px`, height: `${CANVAS.height}px`, margin: noMargin }
      : {}
    await page.pdf({ path: output, printBackground: true, tagged: true, preferCSSPageSize: true, ...size })
  }
  finally {
    await context.close()
  }
}

/** Sets the talk's metadata and a bookmark per slide, nested by section, at the page it starts on. */
async function finish(path: string, kind: PdfKind, details: ReturnType<typeof talkDetails>) {
  const { pages } = await readPdf(path, { fonts: false })
  let from = 0
  const lines = outline(slides).map(({ title, depth }) => {
    const at = pages.findIndex((page, i) => i >= from && hasText(page.text, title))
    if (at < 0)
      throw new Error(`${path}: no page from ${from + 1} on shows "${title}"`)
    from = at
    return `${at + 1}|${'-'.repeat(depth)}|${title}`
  })
  const pdf = await outlinePdfFactory(pdfLib)({
    outline: lines.join('\n'),
    pdf: await pdfLib.PDFDocument.load(await readFile(path)),
  })
  // Chromium tags each link but gives its annotation no description (/Contents), which screen
  // readers announce: the text the link holds is its description.
  for (const link of (await readTags(path)).flatMap(page => page.links)) {
    for (const id of link.annotations) {
      const [, num, gen] = /^(\d+)R(\d*)$/.exec(id) ?? []
      const annotation = num && pdf.context.lookup(pdfLib.PDFRef.of(Number(num), Number(gen || 0)))
      if (annotation instanceof pdfLib.PDFDict && link.text)
        annotation.set(pdfLib.PDFName.of('Contents'), pdfLib.PDFHexString.fromText(link.text))
    }
  }
  mapRolesToPdf17(pdf) // Chromium's PDF 2.0 types (Strong, Em, Aside), as the 1.7 it declares knows them
  pdf.setTitle(String(headmatter.title), { showInWindowTitleBar: true })
  if (details.speaker) // no speaker set: no author, rather than a made-up one
    pdf.setAuthor(details.speaker)
  pdf.setSubject(`${headmatter.title}: ${JOBS[kind].subject}`)
  pdf.setKeywords(String(headmatter.keywords).split(/,\s*/))
  pdf.setCreator('Slidev and Chromium, through scripts/print.ts')
  await writeFile(path, await pdf.save())
}

/**
 * Prints PDFs (kind → path) from the built site in `site.dir` (built for `site.base`), served on
 * 127.0.0.1, and finishes each. `env` holds the TALK_* details the site was built with, if any.
 */
export async function printPdfs(
  site: { dir: string, base?: string },
  outputs: Partial<Record<PdfKind, string>>,
  env: Record<string, string> = {},
): Promise<void> {
  const base = site.base ?? '/'
  const server = await serveStatic(site.dir, { base })
  const browser = await launchChromium()
  try {
    // Two at a time: one page lays out while the other prints.
    const queue = Object.entries(outputs) as [PdfKind, string][]
    const worker = async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        mkdirSync(dirname(next[1]), { recursive: true })
        await print(browser, `${server.url.slice(0, -1)}${base}`, JOBS[next[0]], next[1])
      }
    }
    await Promise.all([worker(), worker()])
  }
  finally {
    await browser.close()
    await server.close()
  }
  const details = talkDetails({ ...process.env, ...env })
  await Promise.all(Object.entries(outputs).map(([kind, path]) => finish(path, kind as PdfKind, details)))
}
