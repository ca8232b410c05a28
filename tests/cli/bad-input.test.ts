import { execFile } from 'node:child_process'
import { rmSync, writeFileSync } from 'node:fs'
import { basename, resolve } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { SLIDEV_BIN } from '../../scripts/build.ts'
import { ROOT } from '../../scripts/deck.ts'

const run = promisify(execFile)

async function failure(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<string> {
  try {
    await run(command, args, { cwd: ROOT, env, timeout: 120_000 })
  }
  catch (error) {
    const { stdout, stderr } = error as { stdout: string, stderr: string }
    return stdout + stderr
  }
  throw new Error(`${command} ${args.join(' ')} succeeded but should have failed`)
}

describe('bad input', () => {
  it('export with no browser stops at once with the finder\'s message', async () => {
    const started = Date.now()
    const output = await failure(process.execPath, ['--import', 'tsx', 'scripts/export.ts'], {
      PATH: '/nonexistent',
      HOME: '/nonexistent',
      PLAYWRIGHT_BROWSERS_PATH: '/nonexistent',
      SKIP_PINNED_CHROMIUM: '1', // a machine where the pinned one does not apply (not Linux x64)
    })
    expect(output).toContain('No Chromium found')
    expect(output).toContain('apt-get install -y chromium')
    expect(output).not.toMatch(/\n\s+at /) // no stack trace
    expect(Date.now() - started).toBeLessThan(30_000)
  })

  // Each bad input on a slide of its own in a small deck beside slides.md (so that the project's
  // components, snippets and Vite config apply).
  const BAD = {
    'component': ['<NoSuchWidget />', 'component <NoSuchWidget> is not in components/'],
    'public image': ['![gone](/no-such-image.png)', 'image /no-such-image.png is not in public/'],
    'relative image': ['![gone](./img/missing.png)', 'image ./img/missing.png is not there'],
    'html image': ['<img src="./img/gone.svg">', 'image ./img/gone.svg is not there'],
    'snippet region': [
      '<<< @/snippets/lora.ts#no-such-region ts',
      'snippet @/snippets/lora.ts has no region "no-such-region"',
    ],
    'snippet file': ['<<< @/snippets/no-such-file.ts', 'snippet @/snippets/no-such-file.ts is not there'],
  } as const

  /** A deck whose first slide is fine and whose slide i + 2 holds bad line i, titled after its kind. */
  function brokenDeck(name: string, bad: (readonly [kind: string, line: string])[]): string {
    const entry = resolve(ROOT, `.broken-${name}.md`)
    const slides = ['---\ntheme: default\n---\n\n# One\n', ...bad.map(([kind, line]) => `# ${kind}\n\n${line}\n`)]
    writeFileSync(entry, slides.join('\n---\n\n'))
    return entry
  }

  it('build fails on each thing that is not there: one line for each, naming its slide, no stack trace', async () => {
    const bad = Object.entries(BAD).map(([kind, [line]]) => [kind, line] as const)
    const entry = brokenDeck('build', bad)
    try {
      const out = resolve(ROOT, 'node_modules/.broken-dist')
      const output = await failure(process.execPath, [SLIDEV_BIN, 'build', entry, '--out', out])
      const lines = output.split('\n').filter(l => l.startsWith('✗'))
      expect(lines.map(l => l.replace(/ \(looked for .*\)$| \(add .*\)$/, ''))).toEqual(
        Object.entries(BAD).map(([kind, [, problem]], i) => {
          const builtIns = kind === 'component' ? ' nor one of Slidev\'s built-ins' : ''
          return `✗ Slide ${i + 2} "${kind}" (${basename(entry)}): ${problem}${builtIns}`
        }),
      )
      expect(output).not.toMatch(/\n\s+at /)
      expect(output).not.toContain('Error')
    }
    finally {
      rmSync(entry, { force: true })
    }
  })

  it('export fails when a slide reaches for the network, naming the address, with no stack trace', async () => {
    const entry = brokenDeck('remote', [['Remote', '<img src="https://example.com/logo.png" alt="A logo">']])
    try {
      const env = { ...process.env, DECK: basename(entry) }
      const output = await failure(process.execPath, ['--import', 'tsx', 'scripts/export.ts'], env)
      expect(output).toMatch(/asked the network for .*https:\/\/example\.com\/logo\.png/)
      expect(output).not.toMatch(/\n\s+at /)
    }
    finally {
      rmSync(entry, { force: true })
      const built = resolve(ROOT, `dist-${basename(entry, '.md')}-presenter`) // the export's build
      rmSync(built, { recursive: true, force: true })
    }
  })
})
