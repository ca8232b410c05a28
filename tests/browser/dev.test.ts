// `npm run dev` as a speaker uses it: the dev server, the slides and the presenter view, offline.

import type { Buffer } from 'node:buffer'
import type { ChildProcess } from 'node:child_process'
import type { Browser } from 'playwright-chromium'
import { spawn } from 'node:child_process'
import { stripVTControlCharacters } from 'node:util'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { SLIDEV_BIN } from '../../scripts/build.ts'
import { ROOT } from '../../scripts/deck.ts'
import { GUARD_ARGS, OFFLINE_MARKER } from '../support/offline.ts'
import { launchChromium, showSlide, watchPage } from '../support/page.ts'

const PORT = 3131 // not 3030, so that a speaker's running `npm run dev` does not collide
let server: ChildProcess
let log = ''
let browser: Browser

beforeAll(async () => {
  const args = [...GUARD_ARGS, SLIDEV_BIN, '--port', String(PORT), '--open', 'false']
  server = spawn(process.execPath, args, { cwd: ROOT })
  const collect = (chunk: Buffer) => {
    log += chunk
  }
  server.stdout!.on('data', collect)
  server.stderr!.on('data', collect)
  await vi.waitFor(() => {
    if (!stripVTControlCharacters(log).includes(`localhost:${PORT}`)) // colours split the URL
      throw new Error(`dev server not up yet:\n${log}`)
  }, { timeout: 120_000, interval: 250 })
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  server?.kill()
})

describe('npm run dev', () => {
  it('serves the first slide and the presenter view, with nothing leaving this machine', async () => {
    const { page, errors, remote } = await watchPage(browser)
    await page.goto(`http://localhost:${PORT}/1`)
    await showSlide(page, 1)
    await page.goto(`http://localhost:${PORT}/presenter/1`)
    await page.locator('.slidev-presenter').waitFor()
    await page.waitForLoadState('networkidle')
    expect(remote).toEqual([])
    expect(errors).toEqual([])
    expect(log).not.toContain(OFFLINE_MARKER)
  })
})
