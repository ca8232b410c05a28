// The one place that finds a Chromium for Slidev's export, the tests and the benchmark.
// Order: $CHROMIUM_PATH, then the Chromium pinned by the lockfile (@sparticuz/chromium, Linux x64),
// then Playwright's own download, then a system browser on PATH.

import type { Buffer } from 'node:buffer'
import type { Browser, LaunchOptions } from 'playwright-chromium'
import { accessSync, constants, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { delimiter, dirname, join } from 'node:path'
import process from 'node:process'
import { brotliDecompressSync } from 'node:zlib'
import { chromium } from 'playwright-chromium'

const SYSTEM_BROWSERS = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']
const ROOT = join(import.meta.dirname, '..')

// Keeps Chromium from calling home on a machine with no internet (it would hang or retry), and
// resolves no host name but localhost and 127.0.0.1: a page's request for anything else fails at once.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
]

export class BrowserNotFoundError extends Error {
  constructor() {
    super([
      'No Chromium found. Get one of these, then run the command again:',
      '  - npm install (the deck pins one, @sparticuz/chromium; Linux x64 only),',
      '  - or set CHROMIUM_PATH=/path/to/chromium (any Chromium or Chrome),',
      '  - or install Playwright\'s own: npx playwright install chromium (needs internet),',
      '  - or install a system one: apt-get install -y chromium (Debian/Ubuntu).',
    ].join('\n'))
    this.name = 'BrowserNotFoundError'
    this.stack = `${this.name}: ${this.message}` // the message says it all; no stack trace under it
  }
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK)
    return true
  }
  catch {
    return false
  }
}

function onPath(name: string, path = process.env.PATH ?? ''): string | undefined {
  return path.split(delimiter).filter(Boolean).map(dir => join(dir, name)).find(isExecutable)
}

/** Writes the regular files of a (ustar) tar archive under `dir`. */
function untar(archive: Buffer, dir: string) {
  for (let at = 0; at + 512 <= archive.length;) {
    const field = (from: number, length: number) => archive.toString('latin1', at + from, at + from + length).replace(/\0.*$/s, '')
    const name = field(0, 100)
    if (!name)
      break
    const size = Number.parseInt(field(124, 12).trim() || '0', 8)
    const path = join(dir, field(345, 155), name)
    if (field(156, 1) === '0' || field(156, 1) === '') {
      mkdirSync(dirname(path), { recursive: true })
      writeFileSync(path, archive.subarray(at + 512, at + 512 + size), { mode: 0o755 })
    }
    at += 512 + Math.ceil(size / 512) * 512
  }
}

const LAUNCHER_VERSION = 2 // bump when what pinnedChromium writes changes, to unpack it afresh

/**
 * The Chromium that @sparticuz/chromium ships, brotli-packed with the few libraries it needs (NSS,
 * NSPR, expat) and a font: unpacked once into node_modules/.cache, and started through a small
 * script that points it at those libraries and fonts, so that it needs nothing from the system but
 * the C library. The same build on every machine keeps the screenshot baselines comparable.
 */
export function pinnedChromium(root = ROOT): string | undefined {
  if (process.platform !== 'linux' || process.arch !== 'x64')
    return undefined
  let packageDir: string
  try { // its exports hide package.json: resolve the entry, build/index.js, and go up
    packageDir = dirname(dirname(createRequire(join(root, 'package.json')).resolve('@sparticuz/chromium')))
  }
  catch {
    return undefined
  }
  const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string }
  const dir = join(root, 'node_modules/.cache', `sparticuz-chromium-${version}-${LAUNCHER_VERSION}`)
  const launcher = join(dir, 'chromium.sh')
  if (existsSync(launcher))
    return launcher
  // Unpack beside the final folder and rename it into place: parallel test workers may race here.
  const bin = join(packageDir, 'bin')
  const unpacked = (name: string) => brotliDecompressSync(readFileSync(join(bin, name)))
  const temporary = `${dir}.${process.pid}`
  rmSync(temporary, { recursive: true, force: true })
  mkdirSync(temporary, { recursive: true })
  writeFileSync(join(temporary, 'chromium'), unpacked('chromium.br'), { mode: 0o755 })
  untar(unpacked('al2023.tar.br'), temporary) // lib/: libnss3, libnspr4, libexpat and the rest
  untar(unpacked('fonts.tar.br'), temporary) // fonts/: a fallback font, so no system font is used
  const fontconfig = `<fontconfig><dir>${dir}/fonts</dir><cachedir>${dir}/font-cache</cachedir></fontconfig>`
  writeFileSync(join(temporary, 'fonts.conf'), `<?xml version="1.0"?>\n${fontconfig}\n`)
  writeFileSync(join(temporary, 'chromium.sh'), [
    '#!/bin/sh',
    `export LD_LIBRARY_PATH="${dir}/lib\${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"`,
    `export FONTCONFIG_FILE="${dir}/fonts.conf"`,
    // Slight hinting, as a desktop Linux's fontconfig sets it: without it this build hints fully,
    // rounds every glyph's advance up, and the same slide's text runs about 5% wider.
    `exec "${dir}/chromium" --font-render-hinting=slight "$@"`,
    '',
  ].join('\n'), { mode: 0o755 })
  try {
    renameSync(temporary, dir)
  }
  catch (error) {
    rmSync(temporary, { recursive: true, force: true })
    if (!existsSync(launcher)) // another process unpacked it first: that is fine
      throw error
  }
  return launcher
}

export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  if (env.CHROMIUM_PATH) {
    if (isExecutable(env.CHROMIUM_PATH))
      return env.CHROMIUM_PATH
    throw new Error(`CHROMIUM_PATH is set to ${env.CHROMIUM_PATH}, which is not an executable file.`)
  }
  const pinned = env.SKIP_PINNED_CHROMIUM ? undefined : pinnedChromium()
  if (pinned)
    return pinned
  const playwrights = chromium.executablePath()
  if (playwrights && existsSync(playwrights))
    return playwrights
  for (const name of SYSTEM_BROWSERS) {
    const found = onPath(name, env.PATH)
    if (found)
      return found
  }
  throw new BrowserNotFoundError()
}

export async function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, ...options })
  // Slidev keeps the screen awake with the Wake Lock API. A desktop Chromium grants that at once;
  // the pinned headless one refuses unless told, and the refusal is an uncaught page error.
  // (browser.newPage goes through newContext too.)
  // The built deck's service worker (offline use) stays out of the export, the tests and the benchmark
  // unless one asks for it: each would otherwise download the whole site again in the background.
  const newContext = browser.newContext.bind(browser)
  browser.newContext = (context = {}) => newContext({
    serviceWorkers: 'block',
    ...context,
    permissions: ['screen-wake-lock', ...context.permissions ?? []],
  })
  return browser
}
