// `npm run preview`: serve the built site (dist/) on 127.0.0.1, as an audience would get it.
// `npm run preview:presenter`: serve the speaker's build (dist-presenter/) the same way, on 4174;
// open /presenter there.
import { existsSync } from 'node:fs'
import process from 'node:process'
import { SITES } from './build.ts'
import { runAsCommand } from './command.ts'
import { serveStatic } from './serve.ts'

runAsCommand(import.meta.url, async () => {
  const kind = process.argv.includes('--presenter') ? 'presenter' : 'public'
  const [dir, build, port] = kind === 'presenter'
    ? ['dist-presenter/', 'build:presenter', 4174]
    : ['dist/', 'build', 4173]
  if (!existsSync(`${SITES[kind]}/index.html`))
    throw new Error(`No ${dir} yet: run \`npm run ${build}\` first.`)
  const site = await serveStatic(SITES[kind], { port: Number(process.env.PORT ?? port) })
  const presenterView = kind === 'presenter' ? ` (presenter view: ${site.url}presenter)` : ''
  return `Serving ${dir} at ${site.url}${presenterView} (Ctrl+C to stop)`
})
