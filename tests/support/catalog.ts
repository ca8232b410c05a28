// The PDF's catalog, read with pdf-lib: what a screen reader checks before the first page.
import { readFile } from 'node:fs/promises'
import { PDFBool, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib'

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
