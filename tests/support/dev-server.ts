import type { Buffer } from 'node:buffer'
import type { ChildProcess } from 'node:child_process'
// Slidev's dev server as a speaker starts it (`npm run dev`, with more flags if given), under the
// offline guard, on a port of its own (not 3030, so that a speaker's running deck never collides).
import { spawn } from 'node:child_process'
import process from 'node:process'
import { vi } from 'vitest'
import { SLIDEV_BIN } from '../../scripts/build.ts'
import { ROOT } from '../../scripts/deck.ts'
import { GUARD_ARGS } from './offline.ts'

export interface DevServer {
  /** e.g. http://localhost:3161 */
  base: string
  /** Everything the server has printed so far. */
  log: () => string
  stop: () => void
}

/** Starts the dev server and resolves once it answers. */
export async function startDev(port: number, args: string[] = [], env: NodeJS.ProcessEnv = {}): Promise<DevServer> {
  const command = [...GUARD_ARGS, SLIDEV_BIN, ...args, '--port', String(port), '--open', 'false']
  const server: ChildProcess = spawn(process.execPath, command, { cwd: ROOT, env: { ...process.env, ...env } })
  let log = ''
  const collect = (chunk: Buffer) => {
    log += chunk
  }
  server.stdout!.on('data', collect)
  server.stderr!.on('data', collect)
  const base = `http://localhost:${port}`
  await vi.waitFor(async () => {
    if (!(await fetch(`${base}/`).catch(() => null))?.ok)
      throw new Error(`dev server not up yet:\n${log}`)
  }, { timeout: 120_000, interval: 250 })
  return { base, log: () => log, stop: () => server.kill() }
}
