import type { PdfKind } from '../../scripts/print.ts'
// Every PDF of `npm run export`, read back with pdf.js (and the catalog with pdf-lib) as a reader's
// viewer or screen reader would: pages, text, metadata, bookmarks, fonts, tags, links.
import { readFileSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { FIGURES } from '../../components/figures/stages.ts'
import { citedSources, claimRows } from '../../docs/claims.ts'
import { loadDeck, outline, plainTitle, ROOT } from '../../scripts/deck.ts'
import { flatten, hasText, readPdf, readTags } from '../../scripts/pdf.ts'
import { KINDS, PDFS } from '../../scripts/print.ts'
import { readCatalog, readStructureTypes } from '../support/catalog.ts'
import { clickMarkers, notesOpening, slideNumber, slideWithTag } from '../support/deck.ts'
import { horizontalLines } from '../support/pixels.ts'
import { inkPerPage, renderPage, renderPages } from '../support/render.ts'

const { slides, headmatter } = await loadDeck()
async function read<T>(fn: (path: string) => Promise<T>) {
  const entries = await Promise.all(KINDS.map(async kind => [kind, await fn(PDFS[kind])]))
  return Object.fromEntries(entries) as Record<PdfKind, T>
}
const pdf = await read(readPdf)
const tags = await read(readTags)
const catalog = await read(readCatalog)
const structure = await read(readStructureTypes)
const titles = slides.map(s => plainTitle(s.title))
const PAPER = { a4: 297 / 210, letter: 11 / 8.5, slide: 9 / 16 }
const SHAPE: Record<PdfKind, number> = {
  slides: PAPER.slide,
  steps: PAPER.slide,
  notes: PAPER.a4,
  audience: PAPER.a4,
  audienceLetter: PAPER.letter,
  speaker: PAPER.a4,
}
// Bounds with room to grow: measured 0.21, 0.56, 0.17, 0.19, 0.20 and 0.33 MB.
const MAX_MB: Record<PdfKind, number> = { slides: 1, steps: 2, notes: 1, audience: 1, audienceLetter: 1, speaker: 1.5 }
/** The PDFs that print the slides themselves, at their final click (steps: every click). */
const WITH_SLIDES: PdfKind[] = ['slides', 'steps', 'audience', 'audienceLetter', 'speaker']

// The animated pictures (figures that are images, not groups of links), from the one list of
// figures, each with the slide that shows it.
const ANALOGIES = FIGURES.filter(f => (f.role ?? 'img') === 'img').flatMap(({ component, name, stages }) => {
  const slide = slideWithTag(slides, component)?.slide
  return slide ? [{ component, name, stages, slide }] : []
})
const REFERENCES = slides.filter(s => s.title.startsWith('References'))
const ARXIV = REFERENCES.flatMap(s => s.content.match(/https:\/\/arxiv\.org\/abs\/[\d.]+/g) ?? [])

/**
 * Whether a heading's text is a title. Chromium leaves a glyph drawn from a fallback font (the
 * apostrophe of "doctor's", from Noto Sans Symbols) out of the tagged text, so quotes do not count.
 */
function same(heading: string, title: string) {
  const key = (s: string) => flatten(s).replace(/[\s'"]/g, '').toLowerCase()
  return key(heading) === key(title)
}

/** The page (1-based) of each slide's first appearance in a PDF, found by its title as a heading. */
function headingPages(kind: PdfKind): number[] {
  const pages: number[] = []
  let from = 0
  for (const title of titles) {
    const at = tags[kind].findIndex((page, i) => i >= from && page.headings.some(h => same(h.text, title)))
    pages.push(at + 1)
    from = Math.max(at, 0)
  }
  return pages
}

it('finds every animated picture of the list on a slide', () => {
  expect(ANALOGIES.map(a => a.component)).toEqual(FIGURES.filter(f => f.role !== 'group').map(f => f.component))
  expect(ANALOGIES.length).toBeGreaterThanOrEqual(5)
})

describe.each(KINDS)('the %s PDF', (kind) => {
  const { pages, info, fonts, outline: bookmarks } = pdf[kind]

  it('has the talk\'s title (shown in the title bar), the speaker as author, a subject and keywords', () => {
    expect(info.Title).toBe(headmatter.title)
    expect(catalog[kind].displayDocTitle).toBe(true)
    expect(info.Author).toBeUndefined() // the shared build has no speaker set: no author
    expect(String(info.Subject)).toMatch(/^Fine-Tuning, Explained: \w/)
    expect(String(info.Keywords)).toContain('fine-tuning')
  })

  it('is tagged: marked, in English', () => {
    expect(catalog[kind].marked).toBe(true)
    expect(catalog[kind].lang).toBe('en')
    expect(tags[kind].filter(page => page.roles.Document !== 1).map(page => page.no)).toEqual([])
  })

  it('tags with the structure types of the PDF version it declares, or maps each to one', () => {
    expect(structure[kind].version).toBe('1.7') // the version the role map maps to
    expect(structure[kind].types).toEqual(expect.arrayContaining(['Document', 'H1', 'P']))
    expect(structure[kind].unmapped).toEqual([])
  })

  it('has every slide\'s title as a heading, in the order of the deck', () => {
    expect(titles.filter((title, i) => headingPages(kind)[i] === 0)).toEqual([])
  })

  it('gives every figure alternative text, and every link a description', () => {
    const figures = tags[kind].flatMap(page => page.figures.map(f => ({ page: page.no, ...f })))
    expect(figures.filter(f => !f.alt.trim())).toEqual([])
    const annotations = tags[kind].flatMap(page => page.annotations.map(a => ({ page: page.no, ...a })))
    expect(annotations.filter(a => !a.contents.trim())).toEqual([])
    expect(tags[kind].flatMap(page => page.links).filter(l => !l.annotations.length)).toEqual([])
  })

  it('has a bookmark per section at the top level, with its slides beneath', () => {
    const top = outline(slides).filter(e => e.depth === 0).map(e => e.title)
    expect(bookmarks).toEqual(top)
    expect(top.filter(title => title.startsWith('Part '))).toHaveLength(4)
  })

  it('embeds every font it uses, and only the fonts the deck ships (no system fallback)', () => {
    expect(fonts.length).toBeGreaterThan(0)
    expect(fonts.filter(font => !font.embedded)).toEqual([])
    expect(fonts.map(f => f.name).filter(name => !/^(?:\w+\+)?(?:Inter|FiraCode|NotoSansSymbols)/.test(name))).toEqual([])
  })

  it('has no blank page', async () => {
    const ink = await inkPerPage(PDFS[kind])
    expect(ink).toHaveLength(pages.length)
    expect(ink.map((share, i) => ({ page: i + 1, share })).filter(p => p.share < 0.003)).toEqual([])
  })

  it(`stays under ${MAX_MB[kind]} MB`, () => {
    expect(statSync(PDFS[kind]).size / 1e6).toBeLessThan(MAX_MB[kind])
  })

  it('has pages of its paper\'s shape', () => {
    for (const page of pages)
      expect(page.height / page.width).toBeCloseTo(SHAPE[kind], 2)
  })
})

describe.each(WITH_SLIDES)('the slides in the %s PDF', (kind) => {
  it('show each analogy at its final stage, with that stage\'s text alternative as the figure\'s alt text', () => {
    for (const { name, stages, slide } of ANALOGIES) {
      // steps: the slide's last page is its last click
      const pagesOfSlide = tags[kind].filter(page => page.headings.some(h => same(h.text, plainTitle(slide.title))))
      const page = kind === 'steps' ? pagesOfSlide.at(-1) : pagesOfSlide[0]
      const alts = page!.figures.map(f => f.alt).filter(alt => alt.startsWith(name))
      const final = `${name}, stage ${stages.length} of ${stages.length}: ${stages.at(-1)!.description}`
      expect(alts, `${name} on page ${page!.no}`).toEqual([final])
    }
  })

  it('link the agenda\'s items to the first page of each section', () => {
    const agenda = slides.find(s => /<(?:SlideLink|TalkMap)\b/.test(s.content))!
    const sections = slides.filter(s => s.frontmatter.layout === 'section')
    const first = headingPages(kind)
    // the agenda's last page (steps: its last click) shows every item
    const page = tags[kind].filter(p => p.headings.some(h => same(h.text, plainTitle(agenda.title)))).at(-1)!
    const targets = page.annotations.filter(a => a.destPage !== undefined).map(a => a.destPage)
    expect(sections).toHaveLength(4)
    expect(targets).toEqual(sections.map(s => first[s.no - 1]))
  })

  it('keep the references as live links', () => {
    const references = tags[kind].filter(page => page.headings.some(h => REFERENCES.some(s => same(h.text, s.title))))
    const live = references.flatMap(page => page.annotations).filter(a => a.url?.startsWith('https://arxiv.org/abs/'))
    expect(new Set(live.map(a => a.url)).size).toBe(new Set(ARXIV).size)
  })
})

describe.each(['speaker'] as const)('the %s handout', (kind) => {
  it('ends with every source the claims table cites, each with its address', () => {
    const sources = citedSources(claimRows(readFileSync(resolve(ROOT, 'docs/claims.md'), 'utf8')))
    const text = flatten(pdf[kind].pages.map(page => page.text).join(' ')).replace(/\s/g, '')
    expect(sources.map(s => s.url.replace(/^https:\/\//, '')).filter(address => !text.includes(address))).toEqual([])
  })
})

describe('the slides PDF', () => {
  const { pages } = pdf.slides

  it('has one page per slide, each with its slide\'s title as its first heading', () => {
    expect(pages).toHaveLength(slides.length)
    expect(pdf.slides.pages).toHaveLength(slides.length)
    expect(titles.filter((title, i) => !same(tags.slides[i]!.headings[0]?.text ?? '', title))).toEqual([])
  })

  it('links the tip\'s article and every reference, clickable', () => {
    const article = 'https://medium.com/aidetic/prompt-engineering-vs-rag-vs-finetuning-whats-the-difference-78466d70b5df'
    expect(pages[slideNumber(slides, 'RAG vs fine-tuning?') - 1]!.links).toContain(article)
    const references = REFERENCES.flatMap(s => pages[s.no - 1]!.links)
    // a title that wraps is two annotations with one address
    expect([...new Set(references.filter(l => l.startsWith('https://arxiv.org/abs/')))]).toEqual(ARXIV)
  })

  it('shows every animated analogy at its final stage', () => {
    const page = (title: string) => pages[slideNumber(slides, title) - 1]!.text
    expect(hasText(page('The doctor\'s path'), 'looked up = RAG')).toBe(true) // the last stage's label
    expect(hasText(page('The story: open-book vs closed-book exam'), 'facts from the book')).toBe(true)
    const trained = '41,943,040 of 8,030,261,248 parameters trained (0.52%)'
    expect(hasText(page('What training changes: the parameters'), trained)).toBe(true)
  })

  it('shows the live demo as a worked example', () => {
    const text = pages[slideNumber(slides, 'Live demo: the open book') - 1]!.text
    expect(hasText(text, 'QLoRA paper')).toBe(true)
    expect(hasText(text, 'Answer only from these sources')).toBe(true)
    expect(hasText(text, 'Question: How much GPU memory does QLoRA need for a 65B model?')).toBe(true)
  })
})

describe('the steps PDF', () => {
  it('has a page for every click of every slide, each with its slide\'s title as its first heading', () => {
    const expected = slides.flatMap(s =>
      Array.from<string>({ length: clickMarkers(s.note) + 1 }).fill(plainTitle(s.title)))
    expect(pdf.steps.pages).toHaveLength(expected.length)
    expect(expected.filter((title, i) => !same(tags.steps[i]!.headings[0]?.text ?? '', title))).toEqual([])
  })

  it('shows every stage of every animated picture, in order, each named in its alt text', () => {
    for (const { name, stages, slide } of ANALOGIES) {
      const shown = tags.steps
        .filter(page => page.headings.some(h => same(h.text, plainTitle(slide.title))))
        .flatMap(page => page.figures.map(f => /^(.+), stage (\d+) of \d+:/.exec(f.alt)).filter(m => m?.[1] === name).map(m => Number(m![2])))
      expect([...new Set(shown)], name).toEqual(stages.map((_, i) => i + 1))
    }
  })
})

describe.each(['audience', 'audienceLetter'] as const)('the %s handout', (kind) => {
  const { pages } = pdf[kind]

  it('puts three slides on a page, in order', () => {
    expect(pages).toHaveLength(Math.ceil(slides.length / 3))
    expect(headingPages(kind)).toEqual(slides.map(s => Math.ceil(s.no / 3)))
  })

  it('holds no speaker note', () => {
    const text = pages.map(p => p.text).join(' ')
    expect(slides.filter(s => hasText(text, notesOpening(s.note, 40))).map(s => s.no)).toEqual([])
  })

  it('draws ruled lines for notes beside each slide', async () => {
    // the right half of the first page: nine lines beside each of the three slides
    const rightHalf = { left: 0.62, right: 0.9, top: 0.02, bottom: 0.9 }
    expect(horizontalLines(await renderPage(PDFS[kind], 1, 100), rightHalf)).toBeGreaterThanOrEqual(3 * 8)
  })

  it('has a footer with the title and the page number on every page', () => {
    const withoutFooter = pages.filter(p =>
      !hasText(p.text, `Page ${p.no} of ${pages.length}`) || !hasText(p.text, String(headmatter.title)))
    expect(withoutFooter.map(p => p.no)).toEqual([])
  })
})

describe('the notes and speaker PDFs', () => {
  it('hold every slide\'s notes, in full in the speaker handout', () => {
    for (const kind of ['notes', 'speaker'] as const) {
      const text = pdf[kind].pages.map(p => p.text).join(' ')
      expect(slides.filter(s => !hasText(text, notesOpening(s.note))).map(s => s.no), kind).toEqual([])
    }
    const text = pdf.speaker.pages.map(p => p.text).join(' ')
    const lastWords = (note: string) => note.replace(/\[click\]/g, '').trim().split(/\s+/).slice(-8).join(' ').replace(/[*_`]/g, '')
    expect(slides.filter(s => !hasText(text, lastWords(s.note))).map(s => s.no)).toEqual([])
  })

  it('are packed: no page but the last is more than half empty, the first included', async () => {
    for (const kind of ['notes', 'speaker'] as const) {
      const pictures = await renderPages(PDFS[kind], 30)
      for (let no = 1; no < pictures.length; no++) {
        const { width, height, data } = pictures[no - 1]!
        // the lowest row with ink above the footer (the last 20 mm) marks where the page's content ends
        let lowest = 0
        for (let y = 0; y < height * (1 - 20 / 297); y++) {
          for (let x = 0; x < width; x++) {
            if (data[(y * width + x) * 4]! < 200) {
              lowest = y
              break
            }
          }
        }
        expect(lowest / height, `${kind} page ${no}`).toBeGreaterThan(kind === 'notes' && no === 1 ? 2 / 3 : 0.5)
      }
    }
  })

  it('have a footer with the title and the page number on every page', () => {
    for (const kind of ['notes', 'speaker'] as const) {
      const { pages } = pdf[kind]
      const withoutFooter = pages.filter(p =>
        !hasText(p.text, `Page ${p.no} of ${pages.length}`) || !hasText(p.text, String(headmatter.title)))
      expect(withoutFooter.map(p => p.no), kind).toEqual([])
    }
  })
})
