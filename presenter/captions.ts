// Captions from the script: a note's HTML as the speaker says it. (useCaptions.ts holds the switch.)

/**
 * A note's HTML as it is said: without the seconds budget it opens with, "(75 s)", and without bold
 * or italic markup. Its [click] markers stay: they split the note by click (ClickNote.vue).
 */
export function spokenHtml(html: string): string {
  return html
    .replace(/^(\s*<p>)\s*\(\d+ ?s\)\s*/, '$1')
    .replace(/<\/?(?:strong|em|b|i)>/g, '')
}
