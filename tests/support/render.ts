// Renders PDF pages to pixels with pdf.js on @napi-rs/canvas (both from the registry, no system
// tool), to see what a reader sees: ink on a page, ruled lines, a QR code.
import { createCanvas } from '@napi-rs/canvas'
import { openPdf } from '../../scripts/pdf.ts'

export interface Pixels { width: number, height: number, data: Uint8ClampedArray }

/** Page `no` (from 1) of a PDF as RGBA pixels on white, at `dpi`. */
export async function renderPage(pdf: string, no: number, dpi = 100): Promise<Pixels> {
  const document = await openPdf(pdf)
  try {
    const page = await document.getPage(no)
    const viewport = page.getViewport({ scale: dpi / 72 })
    const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height))
    const context = canvas.getContext('2d')
    context.fillStyle = 'white'
    context.fillRect(0, 0, canvas.width, canvas.height)
    // pdf.js draws on any 2D context; its types name the DOM's, which @napi-rs/canvas mirrors.
    await page.render({
      canvas: canvas as unknown as HTMLCanvasElement,
      canvasContext: context as unknown as CanvasRenderingContext2D,
      viewport,
    }).promise
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height)
    return { width: canvas.width, height: canvas.height, data: new Uint8ClampedArray(data) }
  }
  finally {
    await document.destroy()
  }
}

/** The share of each page's pixels that are not background white (0 for a blank page). */
export async function inkPerPage(pdf: string, dpi = 20): Promise<number[]> {
  const document = await openPdf(pdf)
  const pages = document.numPages
  await document.destroy()
  const shares: number[] = []
  for (let no = 1; no <= pages; no++) {
    const { data } = await renderPage(pdf, no, dpi)
    let ink = 0
    for (let i = 0; i < data.length; i += 4) {
      const grey = 0.299 * data[i]! + 0.587 * data[i + 1]! + 0.114 * data[i + 2]!
      if (grey < 235)
        ink++
    }
    shares.push(ink / (data.length / 4))
  }
  return shares
}
