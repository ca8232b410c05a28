// Browser tests: build both sites once (under the offline guard) and serve them on 127.0.0.1:
// the audience's (dist/, no notes, with the PDF) and the speaker's (dist-presenter/, notes kept).
import type { TestProject } from 'vitest/node'
import { findChromium } from '../../scripts/browser.ts'
import { buildSite, SITES } from '../../scripts/build.ts'
import { serveStatic } from '../../scripts/serve.ts'
import { GUARD_ARGS } from '../support/offline.ts'

export default async function setup(project: TestProject) {
  findChromium() // no browser: stop here with the finder's message, before a minute of building
  const options = { nodeArgs: GUARD_ARGS, quiet: true }
  // The two builds at once: each leaves a core idle part of the time.
  const buildLog = (await Promise.all([buildSite('public', options), buildSite('presenter', options)])).join('\n')
  const site = await serveStatic(SITES.public)
  const presenter = await serveStatic(SITES.presenter)
  project.provide('siteUrl', site.url)
  project.provide('presenterUrl', presenter.url)
  project.provide('buildLog', buildLog)
  return async () => {
    await site.close()
    await presenter.close()
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string
    presenterUrl: string
    buildLog: string
    exportLog: string
  }
}
