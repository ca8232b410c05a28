// A Vite plugin that checks each slide's Markdown before Slidev compiles it, and names the slide
// when something it uses is not there: a component, an image (/public or relative to the slide's
// file), or a `<<<` snippet file or region (Slidev would show the whole file for a missing region).
// `slidev build` stops with one line for each such slide and no stack trace; `slidev` (dev) prints
// the same line once and shows it on the slide itself.

import type { Plugin } from 'vite'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { basename, dirname, extname, join, relative, resolve } from 'node:path'
import process from 'node:process'

const VUE_BUILTINS = [
  'Transition',
  'TransitionGroup',
  'KeepAlive',
  'Teleport',
  'Suspense',
  'Component',
  'RouterLink',
  'RouterView',
]
// Slidev names a slide's module after its source file: `<file>__slidev_<number>.md`.
const SLIDE_MODULE = /^(.*)__slidev_(\d+)\.md$/

// Subfolders too, as Slidev's component auto-import does (components/figures/ holds the figures).
function componentNames(dir: string): string[] {
  if (!existsSync(dir))
    return []
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter(f => /\.(?:vue|ts|tsx)$/.test(f) && !f.includes('.test.'))
    .map(f => basename(f, extname(f)))
}

export function knownComponents(root: string): Set<string> {
  const require = createRequire(join(root, 'package.json'))
  const client = dirname(require.resolve('@slidev/client/package.json'))
  const theme = dirname(require.resolve('@slidev/theme-default/package.json'))
  return new Set([
    ...VUE_BUILTINS,
    ...componentNames(join(client, 'builtin')),
    ...componentNames(join(theme, 'components')),
    ...componentNames(join(root, 'components')),
  ])
}

/** Whether a file has a `#region <name>` marker (in any comment style Slidev accepts). */
export function hasRegion(source: string, name: string): boolean {
  return source.split(/\r?\n/).some(line => /(?:^|[\s/*(!#-])#?region[ \t]+([\w-]+)/.exec(line)?.[1] === name)
}

export interface SlideFiles {
  /** The project root (`@/` in a snippet import) and public/ (`/` in an image path). */
  root: string
  publicDir: string
  /** The folder of the slide's Markdown file, which relative paths start from. */
  slideDir: string
}

/** How to mend a reference to a snippet region that its file does not mark. */
function regionHint(name: string): string {
  return `add // #region ${name} … // #endregion, or fix the name`
}

/** What is wrong with one slide's Markdown: unknown components, missing images and snippets. */
export function slideProblems(markdown: string, known: Set<string>, files: SlideFiles): string[] {
  // Code blocks and inline code show code; they use nothing.
  const prose = markdown.replace(/^(`{3,}|~{3,})[^`~\n]*\n[\s\S]*?^\1\s*$/gm, '').replace(/`[^`\n]*`/g, '')
  const problems: string[] = []
  for (const [, name] of prose.matchAll(/<([A-Z]\w*)[\s/>]/g)) {
    if (name && !known.has(name))
      problems.push(`component <${name}> is not in components/ nor one of Slidev's built-ins`)
  }
  const images = [...prose.matchAll(/!\[[^\]]*\]\(([^)\s]+)/g), ...prose.matchAll(/\bsrc="([^"]+)"/g)]
  for (const [, url] of images) {
    const path = decodeURI(url!.split(/[?#]/)[0]!)
    if (path.startsWith('/') && !existsSync(join(files.publicDir, path)))
      problems.push(`image ${url} is not in public/`)
    else if (path.startsWith('.') && !existsSync(resolve(files.slideDir, path)))
      problems.push(`image ${url} is not there (looked for ${relative(files.root, resolve(files.slideDir, path))})`)
  }
  for (const [, path, region] of prose.matchAll(/^<<<[ \t]*(\S+?)(?:#([\w-]+))?(?:[ \t]|$)/gm)) {
    const file = path!.startsWith('@/') ? resolve(files.root, path!.slice(2)) : resolve(files.slideDir, path!)
    if (!existsSync(file))
      problems.push(`snippet ${path} is not there`)
    else if (region && !hasRegion(readFileSync(file, 'utf8'), region))
      problems.push(`snippet ${path} has no region "${region}" (${regionHint(region)})`)
  }
  return [...new Set(problems)]
}

/** "Slide 2 "Title" (slides.md)": what a speaker needs to find the slide. */
function slideName(no: string, markdown: string, file: string, root: string): string {
  const title = /^#{1,6}[ \t]+(\S.*)$/m.exec(markdown)?.[1]?.trim()
  return `Slide ${no}${title ? ` "${title}"` : ''} (${relative(root, file)})`
}

const slideNo = (id: string) => Number(SLIDE_MODULE.exec(id)?.[2])

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\{/g, '&#123;')

export function deckCheck(root = process.cwd()): Plugin {
  let building = false
  const found = new Map<string, string>() // each slide's problem: printed once, until it changes
  return {
    name: 'deck-check',
    enforce: 'pre',
    configResolved(config) {
      building = config.command === 'build'
    },
    transform(code, id) {
      const [, file, no] = SLIDE_MODULE.exec(id) ?? []
      if (!file || !no)
        return
      const places = { root, publicDir: resolve(root, 'public'), slideDir: dirname(file) }
      const problems = slideProblems(code, knownComponents(root), places)
      const message = problems.length ? `${slideName(no, code, file, root)}: ${problems.join('; ')}` : ''
      if (message && !building && found.get(id) !== message)
        this.warn(message)
      found.set(id, message)
      // Dev: the slide shows what is wrong in place of what cannot be shown.
      if (message && !building)
        return `<div role="alert" class="text-red-700 dark:text-red-300 text-xl">${escapeHtml(message)}</div>\n`
    },
    buildEnd() {
      // Every slide is checked by now: the build stops with a line for each slide that has a problem.
      // Thrown, they would reach the terminal wrapped twice with two stack traces; the lines say it all.
      const messages = [...found].filter(([, m]) => m).sort(([a], [b]) => slideNo(a) - slideNo(b)).map(([, m]) => m)
      if (building && messages.length) {
        console.error(`\n${messages.map(m => `✗ ${m}`).join('\n')}`)
        process.exit(1)
      }
    },
  }
}
