// Renders PDF pages to pixels with pdf.js on @napi-rs/canvas (both from the registry, no system
// tool), to see what a reader sees: ink on a page, ruled lines, a QR code.
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs'
import type { Region } from './pixels.ts'
import { createCanvas } from '@napi-rs/canvas'
import { openPdf } from '../../scripts/pdf.ts'

export interface Pixels { width: number, height: number, data: Uint8ClampedArray }

const WHOLE: Region = { left: 0, right: 1, top: 0, bottom: 1 }

/** Draws a region of page `no` on white at `dpi`: only that region's pixels are computed. */
async function draw(document: PDFDocumentProxy, no: number, dpi: number, region: Region): Promise<Pixels> {
  const page = await document.getPage(no)
  const full = page.getViewport({ scale: dpi / 72 })
  const offset = { offsetX: -region.left * full.width, offsetY: -region.top * full.height }
  const viewport = page.getViewport({ scale: dpi / 72, ...offset })
  const width = Math.ceil((region.right - region.left) * full.width)
  const height = Math.ceil((region.bottom - region.top) * full.height)
  const canvas = createCanvas(width, height)
  const context = canvas.getContext('2d')
  context.fillStyle = 'white'
  context.fillRect(0, 0, width, height)
  // pdf.js draws on any 2D context; its types name the DOM's, which @napi-rs/canvas mirrors.
  await page.render({
    canvas: canvas as unknown as HTMLCanvasElement,
    canvasContext: context as unknown as CanvasRenderingContext2D,
    viewport,
  }).promise
  return { width, height, data: new Uint8ClampedArray(context.getImageData(0, 0, width, height).data) }
}

/** Page `no` (from 1) of a PDF, or a region of it, as RGBA pixels on white, at `dpi`. */
export async function renderPage(pdf: string, no: number, dpi = 100, region = WHOLE): Promise<Pixels> {
  const document = await openPdf(pdf)
  try {
    return await draw(document, no, dpi, region)
  }
  finally {
    await document.loadingTask.destroy()
  }
}

/** Every page of a PDF as RGBA pixels on white, at `dpi`, drawn one after another from one parse. */
export async function renderPages(pdf: string, dpi: number): Promise<Pixels[]> {
  const document = await openPdf(pdf)
  try {
    const pages: Pixels[] = []
    for (let no = 1; no <= document.numPages; no++)
      pages.push(await draw(document, no, dpi, WHOLE))
    return pages
  }
  finally {
    await document.loadingTask.destroy()
  }
}

/** The share of each page's pixels that are not background white (0 for a blank page). */
export async function inkPerPage(pdf: string, dpi = 20): Promise<number[]> {
  return (await renderPages(pdf, dpi)).map(({ data }) => {
    let ink = 0
    for (let i = 0; i < data.length; i += 4) {
      const grey = 0.299 * data[i]! + 0.587 * data[i + 1]! + 0.114 * data[i + 2]!
      if (grey < 235)
        ink++
    }
    return ink / (data.length / 4)
  })
}
