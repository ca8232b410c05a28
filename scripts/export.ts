// `npm run export`: the PDFs, through Slidev's own exporter and the Chromium that browser.ts finds.
import { spawn } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { findChromium } from './browser.ts'

export const EXPORT_DIR = resolve('exports')
export const SLIDEV_BIN = resolve('node_modules/@slidev/cli/bin/slidev.mjs')
export const SLIDES_PDF = resolve(EXPORT_DIR, 'fine-tuning-explained.pdf')

// Slidev's default 30 s page timeout is thin on 2 cores; one slow first page must not fail CI.
const PAGE_TIMEOUT_MS = 180_000

/** Runs the Slidev CLI; resolves with what it wrote to stderr, which it also passes through. */
export function runSlidev(args: string[], nodeArgs: string[] = []): Promise<string> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [...nodeArgs, SLIDEV_BIN, ...args], { stdio: ['ignore', 'inherit', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk
      process.stderr.write(chunk)
    })
    child.on('error', fail)
    child.on('exit', code => code === 0 ? done(stderr) : fail(new Error(`slidev ${args[0]} exited with ${code}\n${stderr}`)))
  })
}

export async function exportSlidesPdf(output = SLIDES_PDF, nodeArgs: string[] = []): Promise<string> {
  const executablePath = findChromium()
  mkdirSync(EXPORT_DIR, { recursive: true })
  return runSlidev(['export', '--output', output, '--executable-path', executablePath, '--timeout', String(PAGE_TIMEOUT_MS)], nodeArgs)
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    await exportSlidesPdf()
    console.log(`Wrote ${SLIDES_PDF}`)
  }
  catch (error) {
    console.error((error as Error).message)
    process.exit(1)
  }
}
