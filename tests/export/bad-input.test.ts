import type { Buffer } from 'node:buffer'
import { execFile, spawn } from 'node:child_process'
import { rmSync, writeFileSync } from 'node:fs'
import { basename, resolve } from 'node:path'
import { promisify, stripVTControlCharacters } from 'node:util'
import { describe, expect, it, vi } from 'vitest'
import { launchChromium } from '../../scripts/browser.ts'
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
    }
  })

  it('dev shows the problem on the slide and prints it once', async () => {
    const entry = brokenDeck('dev', [['Two', BAD['snippet region'][0]]])
    const server = spawn(process.execPath, [SLIDEV_BIN, entry, '--port', '3171', '--open', 'false'], { cwd: ROOT })
    let log = ''
    const collect = (chunk: Buffer) => {
      log += chunk
    }
    server.stdout.on('data', collect)
    server.stderr.on('data', collect)
    const browser = await launchChromium()
    try {
      await vi.waitFor(() => expect(stripVTControlCharacters(log)).toMatch(/http:\/\/localhost:\d+\//), { timeout: 60_000, interval: 250 })
      const url = /http:\/\/localhost:\d+\//.exec(stripVTControlCharacters(log))![0]
      const page = await browser.newPage()
      await page.goto(`${url}2`)
      const alert = page.locator('[role=alert]')
      await alert.waitFor({ timeout: 60_000 })
      const expected = `Slide 2 "Two" (${basename(entry)}): ${BAD['snippet region'][1]}`
        + ' (add // #region no-such-region … // #endregion, or fix the name)'
      expect(await alert.textContent()).toBe(expected)
      await page.reload()
      await alert.waitFor()
      expect(log.split(BAD['snippet region'][1]).length - 1).toBe(1)
      expect(log).not.toMatch(/\n\s+at /)
    }
    finally {
      await browser.close()
      server.kill()
      rmSync(entry, { force: true })
    }
  })
})
