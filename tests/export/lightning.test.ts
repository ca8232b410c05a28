import type { Watched } from '../support/page.ts'
// The 10-minute cut (lightning.md), tested as the full talk is: its speaker's site and every PDF, as
// `DECK=lightning.md npm run export` makes them under the offline guard (tests/setup, with the
// speaker's details set), every PDF tagged with a heading per slide, and every slide of the site
// rendered in Chromium with no console error, no remote request and no serious axe violation. What
// it says and how long it runs are checked in tests/unit/deck.test.ts.
import { createRequire } from 'node:module'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { ENTRIES, loadDeck, plainTitle } from '../../scripts/deck.ts'
import { readTags } from '../../scripts/pdf.ts'
import { exportsOf } from '../../scripts/print.ts'
import { readCatalog, readStructureTypes } from '../support/catalog.ts'
import { GUARD_ON, OFFLINE_MARKER } from '../support/offline.ts'
import { loaded, openSlide, useBrowser, watchPage } from '../support/page.ts'

const { slides, headmatter } = await loadDeck(ENTRIES.lightning)
const PDFS = Object.values(exportsOf(String(headmatter.download)))
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js')
const same = (a: string, b: string) => a.replace(/[\s'"]/g, '').toLowerCase() === b.replace(/[\s'"]/g, '').toLowerCase()

const browser = useBrowser()

describe('the 10-minute cut', () => {
  it('builds and exports without touching the network', () => {
    expect(inject('lightningLog')).toContain(GUARD_ON)
    expect(inject('lightningLog')).not.toContain(OFFLINE_MARKER)
  })

  it.each(PDFS)('has a tagged PDF, %s, in English, with a heading for each slide', async (pdf) => {
    const catalog = await readCatalog(pdf)
    expect({ marked: catalog.marked, lang: catalog.lang }).toEqual({ marked: true, lang: 'en' })
    // Only structure types PDF 1.7 defines, or mapped to one.
    expect(await readStructureTypes(pdf)).toMatchObject({ version: '1.7', unmapped: [] })
    const headings = (await readTags(pdf)).flatMap(page => page.headings.map(h => h.text))
    const missing = slides.map(s => plainTitle(s.title)).filter(title => !headings.some(h => same(h, title)))
    expect(missing).toEqual([])
  })

  // One page, moving from slide to slide within the deck; what each slide logs is checked with it.
  let watched: Watched
  beforeAll(async () => {
    watched = await watchPage(browser())
    await watched.page.addInitScript({ path: AXE })
  })
  afterAll(() => watched?.page.context().close())

  it.each(slides)(
    'renders slide $no ($title) with no error, no remote request and no serious axe violation',
    async ({ no }) => {
      const { page, errors, remote } = watched
      errors.length = remote.length = 0
      await openSlide(page, inject('lightningUrl'), no, 99)
      await loaded(page)
      // Contrast is judged on the slide as it rests, not while its clicks fade in.
      await page.waitForFunction(() => !document.getAnimations().some(a => a.playState === 'running'))
      // Slidev's drawing layer hides the background from axe's contrast check (see quality.test.ts).
      await page.addStyleTag({ content: '#slide-content > svg { display: none !important; }' })
      const violations = await page.evaluate(async (selector) => {
        interface Result { id: string, impact: string }
        const axe = (window as unknown as { axe: { run: (el: Element) => Promise<{ violations: Result[] }> } }).axe
        const { violations } = await axe.run(document.querySelector(selector)!)
        return violations.filter(v => v.impact === 'serious' || v.impact === 'critical').map(v => v.id)
      }, `.slidev-page-${no}`)
      expect({ errors, remote, violations }).toEqual({ errors: [], remote: [], violations: [] })
    },
  )
})
