// What "offline" means in the tests: only this machine (and a page's own data: and blob: URLs).
import { spawnSync } from 'node:child_process'
import { resolve } from 'node:path'
import process from 'node:process'

export const OFFLINE_MARKER = '[offline-guard] blocked'

/** Node flags that load the offline guard into a Slidev process. */
export const GUARD_ARGS = ['--import', 'tsx', '--import', resolve(import.meta.dirname, 'offline-guard.ts')]

export function isLocalUrl(url: string): boolean {
  const { protocol, hostname } = new URL(url)
  if (['data:', 'blob:', 'about:', 'chrome-error:'].includes(protocol))
    return true
  return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]'
}

/**
 * Runs one of the deck's commands (`scripts/<name>.ts`) as `npm run` would, with the offline guard
 * in it and in every Node process it starts (Slidev's build), through NODE_OPTIONS. Resolves with
 * everything it printed; rejects with that when it fails.
 */
export function runGuarded(script: string, { cwd, env = {} }: { cwd: string, env?: Record<string, string> }): string {
  const { status, stdout, stderr } = spawnSync(process.execPath, [script], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...env, NODE_OPTIONS: GUARD_ARGS.join(' ') },
  })
  if (status !== 0)
    throw new Error(`${script} exited with ${status}:\n${stdout}${stderr}`)
  return stdout + stderr
}
