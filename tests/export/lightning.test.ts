import type { StaticSite } from '../../scripts/serve.ts'
// The 10-minute cut (lightning.md), tested as the full talk is: the speaker's site built and every
// PDF printed from it under the offline guard (`DECK=lightning.md npm run export`), every PDF tagged
// with a heading per slide, and every slide of the site rendered in Chromium with no console error,
// no remote request and no serious axe violation. What it says and how long it runs are checked in
// tests/unit/deck.test.ts.
import { createRequire } from 'node:module'
import { basename, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ENTRIES, loadDeck, plainTitle, ROOT } from '../../scripts/deck.ts'
import { readTags } from '../../scripts/pdf.ts'
import { serveStatic } from '../../scripts/serve.ts'
import { readCatalog } from '../support/catalog.ts'
import { OFFLINE_MARKER, runGuarded } from '../support/offline.ts'
import { loaded, showSlide, useBrowser, watchPage } from '../support/page.ts'

const { slides, headmatter } = await loadDeck(ENTRIES.lightning)
const NAME = basename(String(headmatter.download), '.pdf')
const PDFS = ['', '-steps', '-notes', '-handout', '-handout-letter', '-speaker']
  .map(kind => resolve(ROOT, 'exports', `${NAME}${kind}.pdf`))
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js')
const same = (a: string, b: string) => a.replace(/[\s'"]/g, '').toLowerCase() === b.replace(/[\s'"]/g, '').toLowerCase()

const browser = useBrowser()
let log = ''
let site: StaticSite

beforeAll(async () => {
  log = runGuarded('scripts/export.ts', { cwd: ROOT, env: { DECK: ENTRIES.lightning } })
  site = await serveStatic(resolve(ROOT, 'dist-lightning-presenter')) // the speaker's site it built
}, 600_000)
afterAll(() => site?.close())

describe('the 10-minute cut', () => {
  it('builds and exports without touching the network', () => {
    expect(log).not.toContain(OFFLINE_MARKER)
  })

  it.each(PDFS)('has a tagged PDF, %s, in English, with a heading for each slide', async (pdf) => {
    const catalog = await readCatalog(pdf)
    expect({ marked: catalog.marked, lang: catalog.lang }).toEqual({ marked: true, lang: 'en' })
    const headings = (await readTags(pdf)).flatMap(page => page.headings.map(h => h.text))
    const missing = slides.map(s => plainTitle(s.title)).filter(title => !headings.some(h => same(h, title)))
    expect(missing).toEqual([])
  })

  it.each(slides)(
    'renders slide $no ($title) with no error, no remote request and no serious axe violation',
    async ({ no }) => {
      const { page, errors, remote } = await watchPage(browser())
      await page.addInitScript({ path: AXE })
      await page.goto(`${site.url}${no}?clicks=99`)
      await showSlide(page, no)
      await loaded(page)
      // Slidev's drawing layer hides the background from axe's contrast check (see quality.test.ts).
      await page.addStyleTag({ content: '#slide-content > svg { display: none !important; }' })
      const violations = await page.evaluate(async (selector) => {
        interface Result { id: string, impact: string }
        const axe = (window as unknown as { axe: { run: (el: Element) => Promise<{ violations: Result[] }> } }).axe
        const { violations } = await axe.run(document.querySelector(selector)!)
        return violations.filter(v => v.impact === 'serious' || v.impact === 'critical').map(v => v.id)
      }, `.slidev-page-${no}`)
      expect({ errors, remote, violations }).toEqual({ errors: [], remote: [], violations: [] })
      await page.context().close()
    },
  )
})
