// The talk's content rules, on both versions as Slidev parses them: clicks against the notes' [click]
// markers, terms explained before use, source sections shown, numbers listed in docs/claims.md, notes
// a speaker can say. What a slide shows is its Markdown with each component mounted at its final click
// (Slidev's own click context, as in analogies.test.ts): no browser, a few seconds. The browser tests
// keep what needs one: words measured on the rendered slide, clicks pressed, pixels.
import type { Component } from 'vue'
import type { DeckSlide } from '../../scripts/deck.ts'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { FIGURES } from '../../components/figures/stages.ts'
import { ENTRIES, loadDeck, ROOT } from '../../scripts/deck.ts'
import { hasText } from '../../scripts/pdf.ts'
import { clickMarkers, spokenWords } from '../support/deck.ts'
import { GLOSSARY } from '../support/glossary.ts'
import { NOT_BODY } from '../support/slide-text.ts'
import { mountOnSlide } from '../support/slide.ts'
import { SOURCE_SECTIONS } from '../support/source-sections.ts'
import {
  clickSegments,
  COMPONENT_TAG,
  cueWords,
  declaredClicks,
  shownText,
  STAGE_TALK,
  unexplainedTerms,
  unlistedNumbers,
} from '../support/talk-rules.ts'

vi.mock('@slidev/client', () => import('../support/slide.ts').then(m => m.fakeClient))

// Rules of the third edition (issue 19) that the second edition's notes break: run them with
// Two to four cue words a click; a segment of fewer words than this may carry one.
const CUES = { min: 2, max: 4, shortSegment: 15 }

const full = await loadDeck(ENTRIES.full)
const cut = await loadDeck(ENTRIES.lightning)
const CLAIMS = readFileSync(resolve(ROOT, 'docs/claims.md'), 'utf8')
// By file name, from every folder of components/, as Slidev registers them.
const COMPONENTS = Object.fromEntries(Object.entries(import.meta.glob<Component>('../../components/**/*.vue', {
  eager: true,
  import: 'default',
})).map(([path, component]) => [path.replace(/^.*\//, '').replace(/\.vue$/, ''), component]))

interface Text { shown: string, body: string }

/**
 * A component as mounted at its final click: all its text with its text alternatives (`shown`), and
 * its body text alone (`body`: no figure, code or demo, as the browser measures it). Code and the
 * demo's textbook never count as shown.
 */
async function renderComponent(name: string, attributes: string): Promise<Text> {
  const component = COMPONENTS[name]
  if (!component)
    return { shown: ' ', body: ' ' } // Slidev's own (e.g. <Link>): its text is in the Markdown between its tags
  const props = Object.fromEntries(Array.from(attributes.matchAll(/(:?)([\w-]+)(?:="([^"]*)")?/g), ([, bound, key, value]) =>
    [key, bound ? JSON.parse(value!) : value ?? '']).filter(([key]) => key !== 'class'))
  const { wrapper } = await mountOnSlide(component, props, { click: 99, print: true })
  const root = wrapper.element.parentNode as Element // the mount's own container: a root may be a fragment
  const text = (skip: string, labels: boolean) => { // no copy of the tree: happy-dom is slow at large SVGs
    const texts: string[] = []
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    while (walker.nextNode()) {
      if (!walker.currentNode.parentElement?.closest(skip))
        texts.push(walker.currentNode.textContent ?? '')
    }
    const alternatives = labels ? Array.from(root.querySelectorAll('*'), el => el.getAttribute('aria-label') ?? '') : []
    return [...texts, ...alternatives].join(' ')
  }
  const rendered = { shown: text('pre, .demo', true), body: text(NOT_BODY, false) }
  wrapper.unmount()
  return rendered
}

/** What each slide shows (title, text, components and their text alternatives), and its body text. */
const shown = new Map<DeckSlide, Text>()
beforeAll(async () => {
  const components = new Map<string, Text>() // by tag: the cut shows the full talk's slides
  for (const slide of [...full.slides, ...cut.slides]) {
    for (const [tag, name, attributes] of slide.content.matchAll(COMPONENT_TAG)) {
      if (!components.has(tag))
        components.set(tag, await renderComponent(name!, attributes!))
    }
    const text = (kind: keyof Text) => (tag: string) => components.get(tag)![kind]
    const body = shownText(slide.content, text('body'), { title: false })
    shown.set(slide, { shown: shownText(slide.content, text('shown')), body })
  }
}, 60_000) // a few seconds; more on a busy machine

describe('the test data', () => {
  // Key phrases, not sentences: rewording the talk should seldom touch them.
  it('names each term\'s explanation by 2 to 5 words, and each source section by phrases of at most 5', () => {
    const words = (phrase: string) => phrase.split(/\s+/).length
    expect(GLOSSARY.filter(({ key }) => words(key) < 2 || words(key) > 5).map(t => t.key)).toEqual([])
    expect(SOURCE_SECTIONS.flatMap(s => s.keys).filter(key => words(key) > 5)).toEqual([])
  })
})

describe('the notes of each slide', () => {
  it.each(full.slides.filter(s => declaredClicks(s, FIGURES) !== null))(
    'slide $no ($title) has a [click] marker for each click its Markdown declares',
    (slide) => {
      expect(clickMarkers(slide.note)).toBe(declaredClicks(slide, FIGURES))
    },
  )

  it.each(full.slides)(
    'slide $no ($title) talks to the audience, not about sources or code',
    ({ note }) => {
      expect(STAGE_TALK.flatMap(phrase => note.match(phrase) ?? [])).toEqual([])
    },
  )

  it.each(full.slides)(
    'slide $no ($title) has 2 to 4 bold cue words a click',
    ({ note }) => {
      const off = clickSegments(note).filter((segment) => {
        const cues = cueWords(segment).length
        const min = spokenWords(segment) < CUES.shortSegment ? 1 : CUES.min
        return cues < min || cues > CUES.max
      })
      expect(off).toEqual([])
    },
  )
})

describe.each([['full', full], ['lightning', cut]] as const)('%s talk', (version, deck) => {
  it('explains every term at or before its first use', () => {
    const heard = deck.slides.map(s => `${shown.get(s)!.shown}\n${s.note}`)
    expect(unexplainedTerms(heard, GLOSSARY)).toEqual([])
    if (version === 'full') // a term no slide uses is a stale entry
      expect(GLOSSARY.filter(({ pattern }) => !heard.some(text => pattern.test(text))).map(t => t.term)).toEqual([])
  })

  it.each(SOURCE_SECTIONS.filter(s => version === 'full' || s.lightning))(
    'shows "$section" ($document)',
    ({ slides: titles, keys }) => {
      const text = deck.slides.filter(s => titles.includes(s.title)).map(s => shown.get(s)!.shown).join('\n')
      expect(keys.filter(key => !hasText(text, key))).toEqual([])
    },
  )

  it('lists every number shown outside figures and code in docs/claims.md', () => {
    const missing = deck.slides.flatMap(s =>
      unlistedNumbers(shown.get(s)!.body, CLAIMS).map(n => `slide ${s.no}: ${n}`))
    expect(missing).toEqual([])
  })
})
