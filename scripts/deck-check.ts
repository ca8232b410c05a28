// A Vite plugin that fails `slidev build` (and warns in dev) with the slide's number when a slide
// uses a component that does not exist or a /public image that is not there. Without it, Vue only
// warns at run time, or unplugin-icons reads <MissingThing> as an icon and fails with no slide named.
import { existsSync, readdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { basename, dirname, extname, join, resolve } from 'node:path'
import type { Plugin } from 'vite'

const VUE_BUILTINS = ['Transition', 'TransitionGroup', 'KeepAlive', 'Teleport', 'Suspense', 'Component', 'RouterLink', 'RouterView']
const SLIDE_MODULE = /__slidev_(\d+)\.md$/

function componentNames(dir: string): string[] {
  if (!existsSync(dir))
    return []
  return readdirSync(dir).filter(f => /\.(vue|ts|tsx)$/.test(f) && !f.includes('.test.')).map(f => basename(f, extname(f)))
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

/** What is wrong with one slide's Markdown: unknown components and missing /public images. */
export function slideProblems(markdown: string, known: Set<string>, publicDir: string): string[] {
  const prose = markdown.replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1\s*$/gm, '').replace(/`[^`\n]*`/g, '')
  const problems: string[] = []
  for (const [, name] of prose.matchAll(/<([A-Z][\w]*)[\s/>]/g)) {
    if (name && !known.has(name))
      problems.push(`component <${name}> is not in components/ nor one of Slidev's built-ins`)
  }
  const images = [...prose.matchAll(/!\[[^\]]*\]\((\/[^)\s]+)/g), ...prose.matchAll(/\bsrc="(\/[^"]+)"/g)]
  for (const [, path] of images) {
    if (path && !existsSync(join(publicDir, decodeURI(path.split(/[?#]/)[0] ?? ''))))
      problems.push(`image ${path} is not in public/`)
  }
  return [...new Set(problems)]
}

export function deckCheck(root = process.cwd()): Plugin {
  const publicDir = resolve(root, 'public')
  return {
    name: 'deck-check',
    enforce: 'pre',
    transform(code, id) {
      const slide = SLIDE_MODULE.exec(id)?.[1]
      if (!slide)
        return
      const problems = slideProblems(code, knownComponents(root), publicDir)
      if (problems.length)
        this.error(`Slide ${slide}: ${problems.join('; ')}`)
    },
  }
}
