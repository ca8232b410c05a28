// @vitest-environment node
// The stale-claims report on fixed dates, so that no calendar can turn it red.
import { describe, expect, it } from 'vitest'
import { readClaims, staleClaims } from '../../scripts/claims.ts'

const rows = readClaims()
const dated = rows.filter(r => /checked \d{4}-\d{2}-\d{2}/.test(r.source))

describe('npm run claims:stale', () => {
  it('dates every provider row: OpenAI, Anthropic and Google pages', () => {
    const provider = /(?:developers|cookbook)\.openai\.com|anthropic\.com|platform\.claude\.com|cloud\.google\.com|ai\.google\.dev|huggingface\.co\/docs/
    const providers = rows.filter(r => provider.test(r.source))
    expect(providers.filter(r => !dated.includes(r)).map(r => r.no)).toEqual([])
  })

  it('lists no row at the check date, and every dated row seven months on', () => {
    expect(staleClaims(rows, new Date('2026-12-05T00:00:00Z'))).toEqual([])
    expect(staleClaims(rows, new Date('2027-07-06T00:00:00Z')).map(r => r.no)).toEqual(dated.map(r => r.no))
  })

  it('counts six months from the talk\'s date, to the day', () => {
    const row = { ...rows[0]!, source: 'x (checked 2026-01-31)' }
    expect(staleClaims([row], new Date('2026-07-30T00:00:00Z'))).toEqual([])
    expect(staleClaims([row], new Date('2026-08-01T00:00:00Z'))).toHaveLength(1)
  })
})
