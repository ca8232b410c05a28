// What the checks look for in a rendered page (tests/support/render.ts renders it): drawn lines.
import type { Pixels } from './render.ts'

/** A part of a page, its edges as fractions of the page's width and height. */
export interface Region { left: number, right: number, top: number, bottom: number }

/** The rows of a region that are mostly dark: drawn horizontal lines. */
export function horizontalLines({ width, height, data }: Pixels, region: Region): number {
  const [x0, x1] = [Math.round(region.left * width), Math.round(region.right * width)]
  let lines = 0
  let inLine = false
  for (let y = Math.round(region.top * height); y < Math.round(region.bottom * height); y++) {
    let dark = 0
    for (let x = x0; x < x1; x++) {
      const i = (y * width + x) * 4
      if (data[i]! + data[i + 1]! + data[i + 2]! < 3 * 230)
        dark++
    }
    const line = dark > 0.8 * (x1 - x0)
    if (line && !inLine)
      lines++
    inLine = line
  }
  return lines
}
