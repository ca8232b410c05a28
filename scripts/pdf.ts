import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs'
// The one PDF reader: pdf.js, the parser Firefox uses, never a regex over bytes. The export reads
// its own PDFs with it (to place bookmarks) and the tests check every PDF with it.
import { readFile } from 'node:fs/promises'

export interface PdfPage {
  no: number
  width: number
  height: number
  text: string
  links: string[]
}

export interface PdfFacts {
  pages: PdfPage[]
  info: Record<string, unknown>
  outline: string[]
  fonts: { name: string, embedded: boolean }[]
}

export async function openPdf(path: string): Promise<PDFDocumentProxy> {
  // Loaded on first use (about a second of CPU): the text helpers below do not need it.
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const data = new Uint8Array(await readFile(path))
  // fontExtraProperties: pdf.js 6 gives a font its name only with it, and readPdf reports the names.
  return getDocument({ data, useSystemFonts: false, fontExtraProperties: true, verbosity: 0 }).promise
}

/** Normalise whitespace and typographic quotes so that a phrase is found across line breaks. */
export function flatten(text: string): string {
  return text.replace(/[\u2018\u2019\u02BC]/g, '\'').replace(/[\u201C\u201D]/g, '"').replace(/\s+/g, ' ').trim()
}

/** Whether a page's text holds a phrase, ignoring case and the spacing that PDF text runs add or drop. */
export function hasText(text: string, phrase: string): boolean {
  const squash = (s: string) => flatten(s).replace(/\s+/g, '').toLowerCase()
  return squash(text).includes(squash(phrase))
}

/** What a PDF holds, page by page. `fonts: false` skips reading the fonts, half the work. */
export async function readPdf(path: string, { fonts: withFonts = true } = {}): Promise<PdfFacts> {
  const doc = await openPdf(path)
  const pages: PdfPage[] = []
  const fonts = new Map<string, boolean>()
  for (let no = 1; no <= doc.numPages; no++) {
    const page = await doc.getPage(no)
    const { width, height } = page.getViewport({ scale: 1 })
    const content = await page.getTextContent()
    const text = flatten(content.items.map(item => ('str' in item ? item.str : '')).join(' '))
    const links = (await page.getAnnotations())
      .filter(a => a.subtype === 'Link' && typeof a.url === 'string')
      .map(a => a.url as string)
    if (withFonts) {
      await page.getOperatorList() // loads the fonts the page draws with, so that they can be inspected
      for (const [key, obj] of page.commonObjs) {
        if (key.includes('_f') && obj && typeof obj === 'object' && 'name' in obj)
          fonts.set(String(obj.name), !(obj as { missingFile?: boolean }).missingFile)
      }
    }
    pages.push({ no, width, height, text, links })
  }
  const { info } = await doc.getMetadata()
  const outline = ((await doc.getOutline()) ?? []).map(item => item.title)
  await doc.loadingTask.destroy()
  return {
    pages,
    info: info as Record<string, unknown>,
    outline,
    fonts: Array.from(fonts, ([name, embedded]) => ({ name, embedded })),
  }
}

export interface TaggedPage {
  no: number
  /** Headings of the structure tree (H, H1…H6), with the text they hold. */
  headings: { role: string, text: string }[]
  /** Figures, with their alternative text ('' when they have none). */
  figures: { alt: string, text: string }[]
  /** Link structure elements: the text they hold and the annotations (object ids) they own. */
  links: { text: string, annotations: string[] }[]
  /** Every role in the tree, with how often it occurs. */
  roles: Record<string, number>
  /** Link annotations: target (URL, or named destination and the page it resolves to) and description. */
  annotations: { id: string, url?: string, destPage?: number, contents: string }[]
}

interface StructNode { role?: string, type?: string, id?: string, alt?: string, children?: StructNode[] }

/** The structure tree of every page, read with pdf.js as a screen reader's PDF library would. */
export async function readTags(path: string): Promise<TaggedPage[]> {
  const doc = await openPdf(path)
  const result: TaggedPage[] = []
  for (let no = 1; no <= doc.numPages; no++) {
    const page = await doc.getPage(no)
    // The text of each marked-content sequence, which the tree's leaves point to.
    const texts = new Map<string, string>()
    const open: string[] = []
    const options = { includeMarkedContent: true } as Parameters<typeof page.getTextContent>[0]
    const items = (await page.getTextContent(options)).items
    for (const item of items as ({ type?: string, id?: string, str?: string })[]) {
      if (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent')
        open.push(item.id ?? '')
      else if (item.type === 'endMarkedContent')
        open.pop()
      else if (item.str !== undefined && open.length)
        texts.set(open.at(-1)!, (texts.get(open.at(-1)!) ?? '') + item.str)
    }
    const tagged: TaggedPage = { no, headings: [], figures: [], links: [], roles: {}, annotations: [] }
    const textOf = (node: StructNode): string => node.type === 'content'
      ? texts.get(node.id!) ?? ''
      : (node.children ?? []).map(textOf).join('')
    // An annotation the tree points to (pdf.js 6 names it "annotation", with its own prefix on the id
    // that getAnnotations() gives, e.g. "10R").
    const objectsOf = (node: StructNode): string[] => node.type === 'object' || node.type === 'annotation'
      ? [node.id!.replace(/^pdfjs_internal_id_/, '')]
      : (node.children ?? []).flatMap(objectsOf)
    const walk = (node: StructNode) => {
      if (node.role) {
        tagged.roles[node.role] = (tagged.roles[node.role] ?? 0) + 1
        if (/^H\d?$/.test(node.role))
          tagged.headings.push({ role: node.role, text: flatten(textOf(node)) })
        if (node.role === 'Figure')
          tagged.figures.push({ alt: node.alt ?? '', text: flatten(textOf(node)) })
        if (node.role === 'Link')
          tagged.links.push({ text: flatten(textOf(node)), annotations: objectsOf(node) })
      }
      node.children?.forEach(walk)
    }
    const tree = await page.getStructTree() as StructNode | null
    if (tree)
      walk(tree)
    for (const a of await page.getAnnotations()) {
      if (a.subtype !== 'Link')
        continue
      let destPage: number | undefined
      if (a.dest) {
        const dest = typeof a.dest === 'string' ? await doc.getDestination(a.dest) : a.dest
        if (dest?.[0])
          destPage = await doc.getPageIndex(dest[0]) + 1
      }
      tagged.annotations.push({ id: a.id, url: a.url, destPage, contents: a.contentsObj?.str ?? '' })
    }
    result.push(tagged)
  }
  await doc.loadingTask.destroy()
  return result
}
