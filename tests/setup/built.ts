// The built deck, once for every test of it: the audience's site (dist/, no notes, with the slides
// PDF) and the speaker's (dist-presenter/, notes kept) with every PDF of `npm run export` printed
// from it, built under the offline guard; then both sites served on 127.0.0.1.
import type { TestProject } from 'vitest/node'
import { findChromium } from '../../scripts/browser.ts'
import { buildSite, SITES } from '../../scripts/build.ts'
import { exportPdfs } from '../../scripts/export.ts'
import { serveStatic } from '../../scripts/serve.ts'
import { GUARD_ARGS } from '../support/offline.ts'

export default async function setup(project: TestProject) {
  findChromium() // no browser: stop here with the finder's message, before any building
  // Whatever talk.config.ts says, the tests see a deck with no speaker's details (talk-details.test.ts
  // builds one with them), so that its slides match their screenshots.
  const env = { TALK_SPEAKER: '', TALK_EVENT: '', TALK_DATE: '', TALK_URL: '' }
  const options = { nodeArgs: GUARD_ARGS, quiet: true, env }
  // The speaker's site first, alone: two Slidev processes starting at the same moment can race on
  // the files Slidev writes in node_modules/.slidev/ (one reads a file the other is rewriting). Then
  // the audience's site, while every PDF of `npm run export` is printed from the speaker's.
  const presenterLog = await buildSite('presenter', options)
  const [publicLog] = await Promise.all([buildSite('public', options), exportPdfs(options, { built: true })])
  const buildLog = `${presenterLog}\n${publicLog}`
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
  }
}
