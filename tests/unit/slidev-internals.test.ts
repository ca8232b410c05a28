// @vitest-environment node
// Slidev's client has one public entry ('@slidev/client': useNav, sharedState, configs, …); its other
// modules "may break without notice". The deck reaches them through one door, slidev/internals.ts,
// which says why for each. This test checks what the door takes against the installed Slidev: after
// an upgrade that moves one, it fails naming the module and the name, before any build or browser
// test runs. And it keeps the door the only one.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../../scripts/deck.ts'

const client = dirname(createRequire(join(ROOT, 'package.json')).resolve('@slidev/client/package.json'))

/** The project's source files (not installed packages, builds or exports). */
function sources(dir = ROOT): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory())
      return /^(?:node_modules|dist.*|exports|\..*)$/.test(entry.name) ? [] : sources(path)
    return /\.(?:ts|vue|mjs)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : []
  })
}

/** Every import or re-export of a private Slidev module in the project: module -> names -> files. */
function privateImports(): Map<string, Map<string, string[]>> {
  const found = new Map<string, Map<string, string[]>>()
  for (const file of sources()) {
    // A statement a line: antfu's style puts each import and re-export at the start of its own lines.
    const source = readFileSync(file, 'utf8')
    const lazy = [...source.matchAll(/import\('@slidev\/client\/([^']+)'\)/g)].map(([, module]) => module!)
    const record = (module: string, name: string) => {
      const byName = found.get(module) ?? new Map<string, string[]>()
      byName.set(name, [...(byName.get(name) ?? []), relative(ROOT, file)])
      found.set(module, byName)
    }
    for (const module of lazy) // `defineAsyncComponent(() => import(…))`: the module's default
      record(module, 'default')
    for (const statement of source.split(/\n(?=import |export )/)) {
      const module = /from '@slidev\/client\/([^']+)'/.exec(statement)?.[1]
      if (!module || module === 'package.json' || /^(?:import|export) type /.test(statement))
        continue
      const clause = statement.slice(statement.indexOf(' ') + 1, statement.lastIndexOf(' from '))
      const braces = /\{([^}]*)\}/.exec(clause)?.[1] ?? ''
      const names = braces.split(',').map(item => item.trim().replace(/^type /, '').split(' as ')[0]!).filter(Boolean)
      if (/^\w/.test(clause))
        names.push('default') // `import NoteDisplay from …`
      for (const name of new Set(names))
        record(module, name)
    }
  }
  return found
}

/** Whether Slidev's module exports `name` (its sources are TypeScript and Vue, shipped as such). */
function exports(module: string, name: string): boolean {
  const source = readFileSync(join(client, module), 'utf8')
  if (name === 'default')
    return module.endsWith('.vue') || /export\s+default\b/.test(source)
  const declared = new RegExp(`export\\s+(?:async\\s+)?(?:const|let|function\\*?|class)\\s+${name}\\b`)
  const listed = [...source.matchAll(/export\s*\{([^}]*)\}/g)]
    .some(([, list]) => list!.split(',').some(item => item.trim().split(/\s+as\s+/).at(-1) === name))
  return declared.test(source) || listed
}

const DOOR = 'slidev/internals.ts'
/**
 * Where else a private module may be imported, and why: the unit tests mount figures with Slidev's
 * own click context, and cannot load the door, which also opens modules that only run inside
 * Slidev's app (its shared state needs Slidev's Vite plugin).
 */
const ALSO: Record<string, string[]> = { 'tests/support/slide.ts': ['composables/useClicks.ts'] }

const used = privateImports()
const taken = new Map([...used].map(([module, names]) =>
  [module, [...names].filter(([, files]) => files.includes(DOOR)).map(([name]) => name)] as const))

describe('the door into Slidev\'s private modules', () => {
  it('is the only one', () => {
    const elsewhere = [...used].flatMap(([module, names]) => [...names].flatMap(([name, files]) => files
      .filter(file => file !== DOOR && !ALSO[file]?.includes(module))
      .map(file => `${file} imports ${name} from @slidev/client/${module}: take it from ${DOOR}`)))
    expect(elsewhere).toEqual([])
  })

  it.each([...taken])('@slidev/client/%s still has what the deck takes from it', (module, names) => {
    const path = join(client, module)
    expect(existsSync(path), `Slidev moved or removed @slidev/client/${module}: find its new place`).toBe(true)
    const missing = names.filter(name => !exports(module, name))
    expect(missing, `@slidev/client/${module} no longer exports these: find where Slidev moved them`).toEqual([])
  })
})
