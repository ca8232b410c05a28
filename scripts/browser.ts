// The one place that finds a Chromium for Slidev's export, the tests and the benchmark.
// Order: $CHROMIUM_PATH, then Playwright's own download, then a system browser on PATH.
import { accessSync, constants, existsSync } from 'node:fs'
import { delimiter, join } from 'node:path'
import { chromium, type Browser, type LaunchOptions } from 'playwright-chromium'

const SYSTEM_BROWSERS = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']

// Keeps Chromium from calling home on a machine with no internet (it would hang or retry).
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

export class BrowserNotFoundError extends Error {
  constructor() {
    super([
      'No Chromium found. Get one of these, then run the command again:',
      '  - set CHROMIUM_PATH=/path/to/chromium (any Chromium or Chrome),',
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

export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  if (env.CHROMIUM_PATH) {
    if (isExecutable(env.CHROMIUM_PATH))
      return env.CHROMIUM_PATH
    throw new Error(`CHROMIUM_PATH is set to ${env.CHROMIUM_PATH}, which is not an executable file.`)
  }
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

export function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, ...options })
}
