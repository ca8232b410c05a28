// The page set-up every handout page shares (the paper sizes are in shared/paper.ts).
import { useStyleTag } from '@vueuse/core'

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
