// The reading version's text, made at build time by scripts/reading.ts.
declare module 'virtual:reading' {
  /** Each slide's notes as prose (HTML), by slide title; empty when the notes are not published. */
  export const notes: Record<string, string>
  /** The full talk's references slides, for a cut that leaves them out. */
  export const references: { title: string, html: string }[]
}
