// Renders PDF pages to grey pixels with poppler's pdftoppm, to see what a reader sees.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** The share of each page's pixels that are not background white (0 for a blank page). */
export function inkPerPage(pdf: string, dpi = 20): number[] {
  const dir = mkdtempSync(join(tmpdir(), 'ink-'))
  try {
    execFileSync('pdftoppm', ['-gray', '-r', String(dpi), pdf, join(dir, 'p')])
    return readdirSync(dir).sort().map((file) => {
      // PGM: "P5\n<width> <height>\n255\n" then one byte a pixel.
      const data = readFileSync(join(dir, file))
      const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(data.subarray(0, 40).toString('latin1'))!
      const pixels = data.subarray(header[0].length)
      let ink = 0
      for (const value of pixels) {
        if (value < 235)
          ink++
      }
      return ink / pixels.length
    })
  }
  finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
