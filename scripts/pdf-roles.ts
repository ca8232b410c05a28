// The structure types of a tagged PDF, and their role map. Chromium declares its PDFs 1.7 but tags
// bold and italic text with PDF 2.0's `Strong` and `Em` (and an <aside> with `Aside`), without the
// role map that PDF/UA-1 requires for every type the declared version does not define: readers that
// check, such as poppler, reject those elements. The finishing step maps each to the 1.7 type nearest
// in meaning (ISO 32000-2 lists PDF 2.0's types; ISO 32000-1, 14.8.4, the standard ones of 1.7).
import type { PDFDocument } from 'pdf-lib'
import { PDFArray, PDFDict, PDFName, PDFRef } from 'pdf-lib'

/** The standard structure types of PDF 1.7 (ISO 32000-1, 14.8.4). */
export const PDF17_TYPES = new Set([
  // grouping
  ...'Document Part Art Sect Div BlockQuote Caption TOC TOCI Index NonStruct Private'.split(' '),
  // blocks: paragraphs, headings, lists and tables
  ...'P H H1 H2 H3 H4 H5 H6 L LI Lbl LBody Table TR TH TD THead TBody TFoot'.split(' '),
  // inline, and illustrations
  ...'Span Quote Note Reference BibEntry Code Link Annot Ruby RB RT RP Warichu WT WP Figure Formula Form'.split(' '),
])

/** PDF 2.0's new types, as 1.7 knows them: emphasis is inline text, an aside a block. */
export const PDF20_AS_PDF17: Record<string, string> = {
  Strong: 'Span',
  Em: 'Span',
  Sub: 'Span',
  Aside: 'Div',
  DocumentFragment: 'Div',
  Title: 'P',
  FENote: 'Note',
}

/** The structure tree's root, if the PDF is tagged. */
function treeRoot(pdf: PDFDocument): PDFDict | undefined {
  return pdf.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict)
}

/** Every structure type in the PDF's structure tree, with how often it occurs. */
export function structureTypes(pdf: PDFDocument): Map<string, number> {
  const types = new Map<string, number>()
  const seen = new Set<unknown>()
  const walk = (node: unknown) => {
    const value = node instanceof PDFRef ? pdf.context.lookup(node) : node
    if (seen.has(value))
      return
    seen.add(value)
    if (value instanceof PDFArray) {
      value.asArray().forEach(walk)
    }
    else if (value instanceof PDFDict) {
      const type = value.get(PDFName.of('S'))
      if (type instanceof PDFName)
        types.set(type.decodeText(), (types.get(type.decodeText()) ?? 0) + 1)
      walk(value.get(PDFName.of('K')))
    }
  }
  walk(treeRoot(pdf)?.get(PDFName.of('K')))
  return types
}

/** The structure tree's role map: each mapped type and the type it stands for. */
export function roleMap(pdf: PDFDocument): Map<string, string> {
  const map = treeRoot(pdf)?.lookupMaybe(PDFName.of('RoleMap'), PDFDict)
  return new Map((map?.entries() ?? []).flatMap(([from, to]) =>
    to instanceof PDFName ? [[from.decodeText(), to.decodeText()] as const] : []))
}

/** The standard type a type stands for, through the role map; undefined if it reaches none. */
export function standardType(type: string, map: Map<string, string>): string | undefined {
  const seen = new Set<string>()
  for (let t: string | undefined = type; t !== undefined && !seen.has(t); t = map.get(t)) {
    if (PDF17_TYPES.has(t))
      return t
    seen.add(t)
  }
  return undefined
}

/**
 * Maps every type of the PDF that 1.7 does not define to its 1.7 equivalent, in the structure tree's
 * role map. A type with no known equivalent fails the export, naming it, rather than a reader later.
 */
export function mapRolesToPdf17(pdf: PDFDocument): void {
  const root = treeRoot(pdf)
  if (!root)
    return
  const map = roleMap(pdf)
  const unmapped = [...structureTypes(pdf).keys()].filter(type => !standardType(type, map))
  const unknown = unmapped.filter(type => !PDF20_AS_PDF17[type])
  if (unknown.length)
    throw new Error(`the PDF tags ${unknown.join(', ')}, which PDF 1.7 does not define: map it in scripts/pdf-roles.ts`)
  if (!unmapped.length)
    return
  const dict = root.lookupMaybe(PDFName.of('RoleMap'), PDFDict) ?? pdf.context.obj({})
  for (const type of unmapped)
    dict.set(PDFName.of(type), PDFName.of(PDF20_AS_PDF17[type]!))
  root.set(PDFName.of('RoleMap'), dict)
}
