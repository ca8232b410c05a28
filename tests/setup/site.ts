// Browser tests: build the deck once (under the offline guard), serve dist/ on 127.0.0.1.
import type { TestProject } from 'vitest/node'
import { findChromium } from '../../scripts/browser.ts'
import { runSlidev } from '../../scripts/export.ts'
import { serveStatic } from '../../scripts/serve.ts'
import { GUARD_ARGS } from '../support/offline.ts'

export default async function setup(project: TestProject) {
  findChromium() // no browser: stop here with the finder's message, before a minute of building
  const buildLog = await runSlidev(['build', '--out', 'dist'], { nodeArgs: GUARD_ARGS, quiet: true })
  const site = await serveStatic('dist')
  project.provide('siteUrl', site.url)
  project.provide('buildLog', buildLog)
  return () => site.close()
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string
    buildLog: string
    exportLog: string
  }
}
