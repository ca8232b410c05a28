// What "offline" means in the tests: only this machine (and a page's own data: and blob: URLs).
import { execFile } from 'node:child_process'
import { resolve } from 'node:path'
import process from 'node:process'

/** What the offline guard (offline-guard.mjs) prints as it loads into a process. */
export const GUARD_ON = '[offline-guard] on'
/** What the offline guard prints before each connection it refuses. */
export const OFFLINE_MARKER = '[offline-guard] blocked'

/** Node flags that load the offline guard into a Slidev process. */
export const GUARD_ARGS = ['--import', resolve(import.meta.dirname, 'offline-guard.mjs')]

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
export function runGuarded(script: string, { cwd, env = {} }: { cwd: string, env?: Record<string, string> }) {
  const options = { cwd, env: { ...process.env, ...env, NODE_OPTIONS: GUARD_ARGS.join(' ') } }
  return new Promise<string>((done, fail) => {
    execFile(process.execPath, ['--import', 'tsx', script], options, (error, stdout, stderr) => error
      ? fail(new Error(`${script} exited with ${error.code}:\n${stdout}${stderr}`))
      : done(stdout + stderr))
  })
}
