// @vitest-environment node
// Slidev's client has one public entry ('@slidev/client': useNav, sharedState, configs, …); its other
// modules "may break without notice". This test lists every private module the project imports, the
// names it takes from each and why, and checks them against the installed Slidev: after an upgrade
// that moves one, it fails naming the module and the name, before any build or browser test runs.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../../scripts/deck.ts'

/** Each private module, the names taken from it ('default' for a component), and why no public API does. */
const PRIVATE: Record<string, { names: string[], why: string }> = {
  'composables/useTimer.ts': {
    names: ['useTimer'],
    why: 'the presenter view\'s own timer: pacing starts, pauses and resets the clock the speaker sees',
  },
  'composables/useClicks.ts': {
    names: ['createClicksContextBase'],
    why: 'a click context for a slide that is not on screen: the remote\'s notes, the unit tests\' figures',
  },
  'constants.ts': {
    names: ['CLICKS_MAX', 'TRUST_ORIGINS', 'injectionSlideScale'],
    why: '"the last click", the hosts whose windows report their position, the print scale handouts set',
  },
  'state/shared.ts': {
    names: ['patch', 'onPatch'],
    why: 'writing the position as a window, and hearing other windows\' patches before Slidev does',
  },
  'state/storage.ts': {
    names: ['syncDirections'],
    why: 'the speaker\'s send and receive switches, which the position fix in setup/root.ts respects',
  },
  'internals/NoteDisplay.vue': {
    names: ['default'],
    why: 'the notes split at their [click] markers, as the presenter view shows them, on the phone',
  },
  'internals/PrintSlide.vue': {
    names: ['default'],
    why: 'a slide drawn for print, vector and tagged, in the handouts',
  },
}

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
    for (const statement of readFileSync(file, 'utf8').split(/\n(?=import |export )/)) {
      const module = /from '@slidev\/client\/([^']+)'/.exec(statement)?.[1]
      if (!module || module === 'package.json' || /^(?:import|export) type /.test(statement))
        continue
      const clause = statement.slice(statement.indexOf(' ') + 1, statement.lastIndexOf(' from '))
      const braces = /\{([^}]*)\}/.exec(clause)?.[1] ?? ''
      const names = braces.split(',').map(item => item.trim().replace(/^type /, '').split(' as ')[0]!).filter(Boolean)
      if (/^\w/.test(clause))
        names.push('default') // `import NoteDisplay from …`
      const byName = found.get(module) ?? new Map<string, string[]>()
      for (const name of new Set(names))
        byName.set(name, [...(byName.get(name) ?? []), relative(ROOT, file)])
      found.set(module, byName)
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

describe('the private modules of Slidev', () => {
  it('are only those listed, each for a reason', () => {
    const used = privateImports()
    const unlisted = [...used].flatMap(([module, names]) => [...names]
      .filter(([name]) => !PRIVATE[module]?.names.includes(name))
      .map(([name, files]) => `${name} from @slidev/client/${module} (${files.join(', ')})`))
    expect(unlisted, 'private names imported but not listed in PRIVATE, with why').toEqual([])
    const unused = Object.entries(PRIVATE).flatMap(([module, { names }]) =>
      names.filter(name => !used.get(module)?.has(name)).map(name => `${name} from ${module}`))
    expect(unused, 'listed in PRIVATE but imported nowhere: drop them').toEqual([])
  })

  it.each(Object.entries(PRIVATE))('@slidev/client/%s still has what the deck takes from it', (module, { names }) => {
    const path = join(client, module)
    expect(existsSync(path), `Slidev moved or removed @slidev/client/${module}: find its new place`).toBe(true)
    const missing = names.filter(name => !exports(module, name))
    expect(missing, `@slidev/client/${module} no longer exports these: find where Slidev moved them`).toEqual([])
  })
})
