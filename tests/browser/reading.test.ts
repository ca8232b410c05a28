// The reading version (/read): the talk as an article. Checked on the audience's site of the full
// talk (notes published, the default), on the 10-minute cut's speaker's site, and on the cut's
// audience site built with the notes not published. Expectations come from the deck as Slidev
// parses it, never from the slides' wording.
import type { Page } from 'playwright-chromium'
import type { DeckSlide } from '../../scripts/deck.ts'
import { createRequire } from 'node:module'
import { describe, expect, inject, it } from 'vitest'
import { ENTRIES, loadDeck, outline, plainTitle } from '../../scripts/deck.ts'
import { noteProse } from '../../scripts/reading.ts'
import { notesText } from '../support/deck.ts'
import { drawReadingSlides, loaded, showSlide, useBrowser, watchPage } from '../support/page.ts'

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js')
const full = await loadDeck(ENTRIES.full)
const cut = await loadDeck(ENTRIES.lightning)
const browser = useBrowser()

/** From a note, its longest run of plain words: a phrase the prose must keep, whatever the markup. */
function phraseOf(note: string) {
  return notesText(noteProse(note)).match(/[A-Z][A-Z ,-]+[A-Z]/gi)!.sort((a, b) => b.length - a.length)[0]!
}

/** The page's own headings, in order, by level (a drawn slide's headings are part of its picture). */
function headingsOf(page: Page) {
  return page.evaluate(() => [...document.querySelectorAll('main.reading :is(h1, h2, h3, h4, h5, h6)')]
    .filter(h => h.getAttribute('role') !== 'none')
    .map(h => ({ level: Number(h.tagName[1]), text: h.firstChild!.textContent!.trim() })))
}

/** The full talk's references slides that a version of the talk leaves out. */
function referencesLeftOut(slides: DeckSlide[]) {
  return full.slides
    .filter(r => /class="references"/.test(r.content) && !slides.some(s => s.title === r.title))
}

/**
 * The headings the parts call for: the cover as the title, then the contents list, a part or a slide
 * outside the parts at level 2, a slide within a part at level 3; the references left out at the end.
 */
function expectedHeadings(slides: DeckSlide[]) {
  const [cover, ...rest] = outline(slides)
  const left = referencesLeftOut(slides)
  return [
    { level: 1, text: cover!.title },
    { level: 2, text: 'Contents' },
    ...rest.map(e => ({ level: e.depth + 2, text: e.title })),
    ...(left.length ? [{ level: 2, text: 'References' }] : []),
    ...left.map(r => ({ level: 3, text: plainTitle(r.title) })),
  ]
}

async function openReading(site: string, options: Parameters<typeof watchPage>[1] = {}) {
  const watched = await watchPage(browser(), options)
  await watched.page.addInitScript({ path: AXE })
  await watched.page.goto(`${site}read`)
  await watched.page.locator('main.reading .reading-slide').first().waitFor()
  await loaded(watched.page)
  await drawReadingSlides(watched.page) // every check below is on every slide
  return watched
}

async function seriousViolations(page: Page) {
  return page.evaluate(async () => {
    interface Result { id: string, impact: string, nodes: { target: string[] }[] }
    type Run = (el: Element, options: object) => Promise<{ violations: Result[] }>
    const axe = (window as unknown as { axe: { run: Run } }).axe
    // Target size (WCAG 2.2) is off in axe by default; Lighthouse checks it: a slide drawn small
    // must not keep buttons too small to press.
    const { violations } = await axe.run(document.documentElement, { rules: { 'target-size': { enabled: true } } })
    return violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
      .map(v => `${v.id}: ${v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(', ')}`)
  })
}

const sites = [
  { name: 'the full talk\'s audience site', url: () => inject('siteUrl'), deck: full },
  { name: 'the 10-minute cut\'s speaker\'s site', url: () => inject('lightningUrl'), deck: cut },
]

describe.each(sites)('the reading version of $name', ({ url, deck: { slides } }) => {
  it('shows every slide in order, drawn, under its title, its notes as prose; headings by part', async () => {
    const { page, errors, remote } = await openReading(url())
    expect(await headingsOf(page)).toEqual(expectedHeadings(slides))
    // Each slide is drawn (the slide's own text, vector), then its notes, cleaned of the cues.
    const blocks = await page.evaluate(() => {
      const figures = document.querySelectorAll('main.reading .reading-slide')
      return Array.from(figures, (f) => {
        const said = f.nextElementSibling?.classList.contains('said') ? f.nextElementSibling.textContent! : ''
        return { drawn: f.querySelector('.slidev-layout')!.textContent!, said }
      })
    })
    expect(blocks).toHaveLength(slides.length)
    // Spaces as one, and a typographic apostrophe as the title's plain one.
    const squash = (text: string) => text.replace(/\s+/g, ' ').replace(/[‘’]/g, '\'')
    const undrawn = slides.filter((s, i) => !squash(blocks[i]!.drawn).includes(plainTitle(s.title)))
    expect(undrawn.map(s => s.title)).toEqual([])
    const unsaid = slides.filter((s, i) => !squash(blocks[i]!.said).includes(phraseOf(s.note)))
    expect(unsaid.map(s => s.title)).toEqual([])
    const prose = blocks.map(b => b.said).join('\n')
    expect(prose).not.toMatch(/\(\d+ ?s\)|\[click|\*\*/)
    expect({ errors, remote }).toEqual({ errors: [], remote: [] })
    await page.context().close()
  })

  it('has links that resolve: anchors on the page, each slide into the deck, well-formed sources', async () => {
    const { page, errors, remote } = await openReading(url())
    const links = await page.evaluate(() => Array.from(
      document.querySelectorAll<HTMLAnchorElement>('main.reading a[href]'),
      a => ({ href: a.getAttribute('href')!, url: a.href, text: a.textContent!.trim() }),
    ))
    const ids = await page.evaluate(() => Array.from(document.querySelectorAll('[id]'), e => e.id))
    const anchors = links.filter(l => l.href.startsWith('#'))
    expect(anchors.filter(l => !ids.includes(l.href.slice(1))).map(l => l.href)).toEqual([])
    // Every heading can be linked to.
    const headings = await page.evaluate(() => [...document.querySelectorAll('main.reading :is(h1, h2, h3)')]
      .filter(h => h.getAttribute('role') !== 'none')
      .map(h => h.id))
    expect(headings.filter(id => !anchors.some(a => a.href === `#${id}`))).toEqual([])
    // Each slide's link names the slide it opens, and the deck opens there.
    const deckLinks = links.filter(l => /^Slide \d+ in the deck$/.test(l.text))
    expect(deckLinks.map(l => new URL(l.url).pathname)).toEqual(slides.map(s => `/${s.no}`))
    const origin = new URL(url()).origin
    const external = links.filter(l => !l.href.startsWith('#') && new URL(l.url).origin !== origin)
    expect(external.filter(l => !/^https:\/\/[\w-]+(?:\.[\w-]+)+(?:[/?#]|$)/.test(l.url)).map(l => l.url)).toEqual([])
    const pdf = links.find(l => l.url.endsWith('.pdf'))
    if (pdf) {
      const status = await page.evaluate(href => fetch(href).then(r => r.status), pdf.url)
      expect(status).toBe(200)
    }
    const last = slides.at(-1)!
    await page.getByRole('link', { name: `Slide ${last.no} in the deck` }).click()
    await showSlide(page, last.no)
    expect({ errors, remote }).toEqual({ errors: [], remote: [] })
    await page.context().close()
  })

  it.each([
    { scheme: 'light' as const, viewport: { width: 1280, height: 800 } },
    { scheme: 'dark' as const, viewport: { width: 390, height: 844 } },
  ])('has no serious axe violation, $scheme, at $viewport.width px, and fits the screen', async (view) => {
    const { scheme, viewport } = view
    const { page, errors, remote } = await openReading(url(), { colorScheme: scheme, viewport })
    expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(scheme === 'dark')
    expect(await seriousViolations(page)).toEqual([])
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width)
    expect({ errors, remote }).toEqual({ errors: [], remote: [] })
    await page.context().close()
  })

  it('prints every slide drawn, though the reader never scrolled near most of them', async () => {
    const { page } = await watchPage(browser(), { viewport: { width: 390, height: 844 } })
    // Once the page has settled (2 s without a request), it fetches every slide's code: wait for it.
    const fetched = new Set<string>()
    page.on('requestfinished', request => /\/md-[\w-]+\.js$/.test(request.url()) && fetched.add(request.url()))
    await page.goto(`${url()}read`)
    await loaded(page)
    await expect.poll(() => fetched.size, { timeout: 30_000 }).toBe(slides.length)
    expect(await page.locator('main.reading .reading-slide .slidev-layout').count()).toBeLessThan(slides.length)
    await page.evaluate(() => addEventListener('afterprint', () => {
      const drawn = document.querySelectorAll('main.reading .reading-slide .slidev-layout')
      document.body.dataset.printed = String(drawn.length)
    }))
    await page.pdf({ format: 'A4' }) // Chromium prints as a reader's print command does, events and all
    expect(Number(await page.locator('body').getAttribute('data-printed'))).toBe(slides.length)
    await page.context().close()
  })
})

describe('the reading version with the notes not published (TALK_PUBLISH_NOTES=false)', () => {
  it('shows every slide under its title, no notes, and the references the cut leaves out', async () => {
    const { page, errors, remote } = await openReading(inject('unpublishedUrl'))
    const { slides } = cut
    const left = referencesLeftOut(slides)
    expect(left.length).toBeGreaterThan(0) // else the references' check below would prove nothing
    expect(await headingsOf(page)).toEqual(expectedHeadings(slides))
    // The only prose on the page: the lists of the references left out.
    expect(await page.locator('main.reading .said').count()).toBe(left.length)
    const text = await page.locator('main.reading').textContent()
    expect(slides.filter(s => text!.includes(phraseOf(s.note))).map(s => s.title)).toEqual([])
    expect({ errors, remote }).toEqual({ errors: [], remote: [] })
    await page.context().close()
  })
})
