import type { Page } from 'playwright-chromium'
import type { DevServer } from '../support/dev-server.ts'
// Slidev's commands as a speaker runs them, one at a time: two Slidev processes at once share Vite's
// cache and the files Slidev writes in node_modules/.slidev/. `npm run dev` with the phone remote on
// (`--remote <password>`): the slides and the presenter view, offline but for Slidev's look-up of the
// public address, every package bundled as it starts (so no window reloads); a phone-sized page that
// steps the deck (clicks, then slides) in a second, audience window through Slidev's own sync and
// shows the part of the notes for the click the audience sees, as windows open and reload.
// Plain `npm run dev` on a slide with a mistake: shown on the slide, printed once, nothing fetched.
// Bad input to the build and export: one clear line each, no stack trace.
import { execFile } from 'node:child_process'
import { rmSync, writeFileSync } from 'node:fs'
import { basename, resolve } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { clock } from '../../presenter/pacing.ts'
import { sitesOf, SLIDEV_BIN } from '../../scripts/build.ts'
import { loadDeck, noteSeconds, plainTitle, ROOT } from '../../scripts/deck.ts'
import { hasText } from '../../scripts/pdf.ts'
import { clickMarkers, notesText } from '../support/deck.ts'
import { startDev } from '../support/dev-server.ts'
import { GUARD_ON, OFFLINE_MARKER } from '../support/offline.ts'
import { showSlide, slideAt, useBrowser, watchPage } from '../support/page.ts'

const PASSWORD = 'rehearse-42'
/** Where `--remote <password>` makes Slidev look up the machine's public IP address (npm public-ip). */
const PUBLIC_IP_LOOKUP = ['icanhazip.com', 'api.ipify.org']
// The dev server compiles on demand and the machine is shared: give it time.
const SLOW = { timeout: 20_000 }
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true }

const { slides } = await loadDeck()
const browser = useBrowser()

/** One dev server for the tests of a describe block, with the pages to open first (Vite compiles on demand). */
function useDev(port: number, args: string[] = [], warmUp: string[] = [], env = {}): () => DevServer {
  let server: DevServer | undefined
  beforeAll(async () => {
    server = await startDev(port, args, env)
    if (warmUp.length) {
      const context = await browser().newContext()
      const page = await context.newPage()
      for (const path of warmUp) {
        await page.goto(`${server.base}${path}`, { waitUntil: 'networkidle', timeout: 120_000 })
        await page.waitForTimeout(1000)
      }
      await context.close()
    }
  }, 300_000)
  afterAll(() => server?.stop())
  return () => server!
}

/** The part of slide `no`'s notes for click `click`: before the first [click] (after its budget), after the n-th. */
function notePart(no: number, click: number): string {
  return notesText(slides[no - 1]!.note).split('\n')[click]!.replace(/^\u2022 /, '').replace(/^\(\d+ ?s\) /, '')
}

/** The position after one step forward, by the deck's own clicks ([click] markers match them). */
function stepped([no, click]: [number, number]): [number, number] {
  return click < clickMarkers(slides[no - 1]!.note) ? [no, click + 1] : [no + 1, 0]
}

async function position(page: Page): Promise<[number, number]> {
  const url = new URL(page.url())
  return [slideAt(page.url(), slides), Number(url.searchParams.get('clicks') ?? 0)]
}

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
  const pages = ['---\ntheme: default\n---\n\n# One\n', ...bad.map(([kind, line]) => `# ${kind}\n\n${line}\n`)]
  writeFileSync(entry, pages.join('\n---\n\n'))
  return entry
}

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

// The talk in `npm run dev` with the phone remote on: the flag adds the /remote page and a look-up of
// the machine's public address, nothing else, so the slides and presenter view are checked here too.
describe('npm run dev -- --remote <password>', () => {
  // The overview mounts every slide, so every package the deck imports is asked for. `--force`: Vite
  // bundles packages afresh, as on the day after `npm ci`; its debug log says when it finds one late.
  // (It bundles into node_modules/.vite/, which a speaker's dev server in this folder shares.)
  const warmUp = [`/overview?password=${PASSWORD}`, `/remote?password=${PASSWORD}`, `/presenter/2?password=${PASSWORD}`]
  const dev = useDev(3161, ['--remote', PASSWORD, '--force'], warmUp, { DEBUG: 'vite:deps' })

  it('serves the first slide and the presenter view, with nothing leaving this machine', async () => {
    const { page, errors, remote } = await watchPage(browser())
    await page.goto(`${dev().base}/1`)
    await showSlide(page, 1)
    await page.goto(`${dev().base}/presenter/1?password=${PASSWORD}`) // the flag guards the presenter view too
    await page.locator('.slidev-presenter').waitFor()
    await page.waitForLoadState('networkidle')
    expect(remote).toEqual([])
    expect(errors).toEqual([])
    await page.context().close()
  })

  it(
    'steps a second, audience window click by click, showing the title, the click and that click\'s notes, as windows open and reload',
    async () => {
      const audience = await watchPage(browser())
      await audience.page.goto(`${dev().base}/1`)
      await showSlide(audience.page, 1)
      const phone = await watchPage(browser(), PHONE)
      await phone.page.goto(`${dev().base}/remote?password=${PASSWORD}`)
      const remote = phone.page.locator('main.remote')
      const note = remote.locator('.remote-note')
      await expect.poll(() => remote.locator('h1').innerText(), SLOW).toBe(plainTitle(slides[0]!.title))
      // On this machine (a trusted origin) Slidev's sync also reports the page's own position once
      // as it opens; let that settle. A phone, on the network address, does not.
      await phone.page.waitForLoadState('networkidle')

      // Through the first slide that has clicks, and one slide past it. On that slide, windows open
      // and reload: each first reports "click 0 of 0", before its slide has counted its clicks, and
      // no window may move for it (setup/root.ts).
      const withClicks = slides.find(s => clickMarkers(s.note) >= 4)!.no
      const windows = [audience]
      const events: Record<number, () => Promise<unknown>> = {
        2: () => audience.page.reload(), // with no other window to answer: it tells its click itself
        3: async () => { // the presenter view opens here, as after a reload: the audience answers it
          const presenter = await watchPage(browser())
          windows.push(presenter)
          await presenter.page.goto(`${dev().base}/presenter/${withClicks}?password=${PASSWORD}&clicks=3`)
        },
        4: () => audience.page.reload(), // the presenter view answers it
      }
      expect(clickMarkers(slides[withClicks - 1]!.note), 'a slide with enough clicks').toBeGreaterThanOrEqual(4)
      let at: [number, number] = [1, 0]
      while (at[0] <= withClicks) {
        at = stepped(at)
        await phone.page.getByRole('button', { name: 'Next' }).tap()
        await expect.poll(() => position(audience.page), SLOW).toEqual(at)
        const [no, click] = at
        const event = no === withClicks && events[click]
        if (event) {
          await event()
          for (const { page } of windows) {
            // Back only once its slide is on screen: until then it has not counted the slide's clicks,
            // and a tap is lost (README: tap once a reloaded window is back). Its address and the shared
            // state say this position all along, so they do not tell.
            await showSlide(page, no)
            await page.waitForLoadState('networkidle') // the windows have had their say
            await expect.poll(() => position(page), SLOW).toEqual(at)
          }
        }
        await expect.poll(() => remote.locator('h1').innerText(), SLOW).toBe(plainTitle(slides[no - 1]!.title))
        const markers = clickMarkers(slides[no - 1]!.note)
        const clickShown = () => remote.locator('.remote-position').innerText()
        if (markers)
          await expect.poll(clickShown, SLOW).toContain(`click ${click} / ${markers}`)
        const part = notePart(no, click).slice(0, 80)
        await expect.poll(async () => hasText(await note.innerText(), part), SLOW).toBe(true)
        // The budget is the pacing line's, said as time: the note starts with its words.
        expect(await note.innerText()).not.toMatch(/^\s*\(\d+ ?s\)/)
        const seconds = noteSeconds(slides[no - 1]!.note)!
        expect(await remote.locator('.remote-pace').innerText()).toContain(`of ${clock(seconds)} on this slide`)
        if (click < markers) { // this click's part only: the next one is a tap away
          const nextPart = notePart(no, click + 1).slice(0, 40)
          const why = `slide ${no}, click ${click}: the note shows the next click's part too`
          expect(hasText(await note.innerText(), nextPart), why).toBe(false)
        }
      }
      for (const { page } of windows)
        await expect.poll(() => position(page), SLOW).toEqual(at)
      await showSlide(audience.page, at[0])

      // Back steps to the previous slide's last click.
      await phone.page.getByRole('button', { name: 'Back' }).tap()
      const lastClick = clickMarkers(slides[withClicks - 1]!.note)
      await expect.poll(() => position(audience.page), SLOW).toEqual([withClicks, lastClick])

      // The phone's buttons are large enough to hit without looking.
      const next = await phone.page.getByRole('button', { name: 'Next' }).boundingBox()
      expect(next!.height).toBeGreaterThanOrEqual(88)
      expect(next!.width).toBeGreaterThanOrEqual(180)

      for (const { errors, remote: requests } of [...windows, phone]) {
        expect(errors).toEqual([])
        expect(requests).toEqual([])
      }
      for (const { page } of [...windows, phone])
        await page.context().close()
    },
  )

  it('asks for the password, and sends a wrong one back to the slides', async () => {
    const { page } = await watchPage(browser(), PHONE)
    await page.goto(`${dev().base}/remote?password=wrong`)
    await expect.poll(() => new URL(page.url()).pathname, SLOW).toBe('/1')
    expect(await page.locator('main.remote').count()).toBe(0)
    await page.context().close()
  })

  it('bundles every package the deck imports as it starts, so no open window reloads', () => {
    expect(dev().log()).toContain('dependencies optimized') // the debug log is on
    expect(dev().log()).not.toContain('new dependencies found')
  })

  it('reaches for nothing but Slidev\'s public IP look-up, which the offline guard refuses', () => {
    const marker = new RegExp(`${OFFLINE_MARKER.replace(/[[\]]/g, '\\$&')} (\\S+)`, 'g')
    const blocked = Array.from(dev().log().matchAll(marker), m => m[1]!)
    expect(dev().log()).toContain(GUARD_ON)
    expect(blocked.filter(host => !PUBLIC_IP_LOOKUP.includes(host))).toEqual([])
  })
})

describe('a slide with a mistake, in npm run dev', () => {
  const [line, problem] = BAD['snippet region']
  const entry = brokenDeck('dev', [['Two', line]])
  const dev = useDev(3171, [entry])
  afterAll(() => rmSync(entry, { force: true }))

  it('shows the problem on the slide and prints it once, with no stack trace', async () => {
    const page = await browser().newPage()
    await page.goto(`${dev().base}/2`)
    const alert = page.locator('[role=alert]')
    await alert.waitFor({ timeout: 60_000 })
    const expected = `Slide 2 "Two" (${basename(entry)}): ${problem}`
      + ' (add // #region no-such-region … // #endregion, or fix the name)'
    expect(await alert.textContent()).toBe(expected)
    await page.reload()
    await alert.waitFor()
    expect(dev().log().split(problem).length - 1).toBe(1)
    expect(dev().log()).not.toMatch(/\n\s+at /)
    expect(dev().log()).toContain(GUARD_ON)
    expect(dev().log(), 'plain `npm run dev` reaches for nothing beyond this machine').not.toContain(OFFLINE_MARKER)
    await page.close()
  })
})

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
      rmSync(sitesOf(basename(entry)).presenter, { recursive: true, force: true }) // the export's build
    }
  })
})
