// The deck's outline by part, as pure functions: the PDFs' bookmarks (scripts/print.ts) and the
// reading version's headings (reading/ReadingPage.vue) follow the same rule.

export interface OutlineSlide { no: number, title: string, frontmatter: Record<string, unknown> }
export interface OutlineEntry { no: number, title: string, depth: number }

/** Text of a title as it renders: Markdown emphasis and code marks removed. */
export function plainTitle(title: string): string {
  return title.replace(/[*_`]/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').trim()
}

/**
 * The deck's outline by section: a `layout: section` slide opens a section that holds the slides
 * after it, until the next section or a slide that sets `level: 1` (Slidev's table-of-contents level).
 */
export function outline(slides: OutlineSlide[]): OutlineEntry[] {
  let inSection = false
  return slides.map(({ no, title, frontmatter }) => {
    const opens = frontmatter.layout === 'section'
    if (opens || frontmatter.level === 1)
      inSection = opens
    else if (inSection)
      return { no, title: plainTitle(title), depth: 1 }
    return { no, title: plainTitle(title), depth: 0 }
  })
}
