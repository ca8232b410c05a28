// What "offline" means in the tests: only this machine (and a page's own data: and blob: URLs).
import { resolve } from 'node:path'

export const OFFLINE_MARKER = '[offline-guard] blocked'

/** Node flags that load the offline guard into a Slidev process. */
export const GUARD_ARGS = ['--import', 'tsx', '--import', resolve(import.meta.dirname, 'offline-guard.ts')]

export function isLocalUrl(url: string): boolean {
  const { protocol, hostname } = new URL(url)
  if (['data:', 'blob:', 'about:', 'chrome-error:'].includes(protocol))
    return true
  return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]'
}
