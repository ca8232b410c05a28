// Paper sizes in mm, for the handout pages and for the export that prints them, and the page set-up
// every handout page shares.
import { useStyleTag } from '@vueuse/core'

export const PAPER = {
  a4: { width: 210, height: 297, format: 'A4' },
  letter: { width: 215.9, height: 279.4, format: 'Letter' },
} as const
export type Paper = keyof typeof PAPER

/**
 * Sets the printed page (`@page` rule body) and lets the document grow past the window, as Slidev's
 * own notes print page does: its app is otherwise one window tall and clips the rest.
 */
export function usePrintPage(page: string) {
  useStyleTag(`@page { ${page} }
html, body, #app, #page-root { height: auto !important; overflow: visible !important; }
* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }`)
}

/** `@page` margin boxes for a flowing page: the talk's title on the left, the page number on the right. */
export function pageFooter(title: string): string {
  const font = 'font-family: Inter, sans-serif; font-size: 8pt; color: var(--ft-ink-muted);'
  return `@bottom-left { content: ${JSON.stringify(title)}; ${font} }
@bottom-right { content: "Page " counter(page) " of " counter(pages); ${font} }`
}
