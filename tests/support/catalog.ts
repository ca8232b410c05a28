// The PDF's catalog, read with pdf-lib: what a screen reader checks before the first page.
import { readFile } from 'node:fs/promises'
import { PDFBool, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib'
import { roleMap, standardType, structureTypes } from '../../scripts/pdf-roles.ts'

/** The document-level accessibility facts, from the PDF's catalog (read with pdf-lib). */
export async function readCatalog(path: string): Promise<{ lang?: string, marked: boolean, displayDocTitle: boolean }> {
  const { catalog } = await PDFDocument.load(await readFile(path), { updateMetadata: false })
  const dict = (value: unknown) => (value instanceof PDFDict ? value : undefined)
  const isTrue = (value: unknown) => value instanceof PDFBool && value.asBoolean()
  const lang = catalog.lookup(PDFName.of('Lang'))
  const markInfo = dict(catalog.lookup(PDFName.of('MarkInfo')))
  const viewerPreferences = dict(catalog.lookup(PDFName.of('ViewerPreferences')))
  return {
    lang: lang instanceof PDFString || lang instanceof PDFHexString ? lang.decodeText() : undefined,
    marked: isTrue(markInfo?.lookup(PDFName.of('Marked'))),
    displayDocTitle: isTrue(viewerPreferences?.lookup(PDFName.of('DisplayDocTitle'))),
  }
}

/**
 * The structure types of a tagged PDF, read with pdf-lib, against the PDF version it declares (its
 * header, or the catalog's /Version): those neither standard in PDF 1.7 nor role-mapped to a
 * standard type, which poppler's `pdfinfo -struct` rejects ("StructElem object is wrong type").
 */
export async function readStructureTypes(
  path: string,
): Promise<{ version: string, types: string[], unmapped: string[] }> {
  const bytes = await readFile(path)
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false })
  const header = /^%PDF-(\d\.\d)/.exec(bytes.subarray(0, 16).toString('latin1'))?.[1] ?? ''
  const version = pdf.catalog.lookupMaybe(PDFName.of('Version'), PDFName)?.decodeText() ?? header
  const map = roleMap(pdf)
  const types = [...structureTypes(pdf).keys()]
  return { version, types, unmapped: types.filter(type => !standardType(type, map)) }
}
