// Paper sizes in mm, read by the handout pages (handouts/) and by the export that prints them
// (scripts/print.ts). Plain data: it imports nothing, so both the browser and Node may import it.

export const PAPER = {
  a4: { width: 210, height: 297, format: 'A4' },
  letter: { width: 215.9, height: 279.4, format: 'Letter' },
} as const
export type Paper = keyof typeof PAPER
