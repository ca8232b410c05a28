// docs/claims.md as data: its rows, the sources they cite, and the provider facts that are due for a
// new check. `npm run claims:stale` is a report, never a test: a test must not fail because a
// calendar moved.
import type { ClaimRow } from '../docs/claims.ts'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { claimRows } from '../docs/claims.ts'
import { talkDetails } from '../talk.config.ts'
import { runAsCommand } from './command.ts'
import { ROOT } from './deck.ts'

/** The claims table's rows, read from docs/claims.md. */
export const readClaims = (): ClaimRow[] => claimRows(readFileSync(resolve(ROOT, 'docs/claims.md'), 'utf8'))

const CHECKED = /checked (\d{4}-\d{2}-\d{2})/

/** Rows whose provider facts were last checked more than `months` before `on`. */
export function staleClaims(rows: ClaimRow[], on: Date, months = 6): (ClaimRow & { checked: string })[] {
  const limit = new Date(on)
  limit.setUTCMonth(limit.getUTCMonth() - months)
  return rows.flatMap((row) => {
    const checked = CHECKED.exec(row.source)?.[1]
    return checked && new Date(`${checked}T00:00:00Z`) < limit ? [{ ...row, checked }] : []
  })
}

/** The talk's date from talk.config.ts (or TALK_DATE), else today. */
export function talkDate(): Date {
  const parsed = new Date(talkDetails().date)
  return Number.isNaN(parsed.getTime()) ? new Date() : parsed
}

runAsCommand(import.meta.url, async () => {
  const on = talkDate()
  const rows = readClaims()
  const dated = rows.filter(row => CHECKED.test(row.source)).length
  const stale = staleClaims(rows, on)
  const day = on.toISOString().slice(0, 10)
  if (!stale.length)
    return `All ${dated} dated claims were checked within six months of ${day}.`
  return [
    `${stale.length} of ${dated} dated claims were checked more than six months before ${day}:`,
    ...stale.map(r => `  row ${r.no} (${r.slide}), checked ${r.checked}: ${r.claim}`),
  ].join('\n')
})
