// Every build the browser and PDF tests look at, made once, one Slidev build at a time (two Slidev
// processes starting together can race on the files Slidev writes in node_modules/.slidev/: one
// reads a file the other is rewriting), all under the offline guard, then served on 127.0.0.1:
// - the speaker's site (dist-presenter/, notes kept) and every PDF of `npm run export` printed from
//   it, and the audience's site (dist/, no notes, with its slides PDF), with no speaker's details set
//   (whatever talk.config.ts says), so that the slides match their screenshots;
// - the 10-minute cut as `DECK=lightning.md npm run export` makes it (its speaker's site and every
//   PDF), with all of the speaker's details set, for the tests of the cut and of those details;
// - the 10-minute cut's audience site (dist-lightning/) with the notes not published
//   (TALK_PUBLISH_NOTES=false), for the reading version without notes.
import type { TestProject } from 'vitest/node'
import { findChromium } from '../../scripts/browser.ts'
import { printSlidesPdf, SITES, sitesOf, slidevBuild } from '../../scripts/build.ts'
import { ENTRIES, ROOT } from '../../scripts/deck.ts'
import { exportPdfs } from '../../scripts/export.ts'
import { serveStatic } from '../../scripts/serve.ts'
import { GUARD_ARGS, runGuarded } from '../support/offline.ts'

const DETAILS = {
  speaker: 'Ada Lovelace',
  event: 'PyCon DE 2026',
  date: '3 December 2026',
  url: 'https://example.org/fine-tuning/',
}
const NO_DETAILS = { TALK_SPEAKER: '', TALK_EVENT: '', TALK_DATE: '', TALK_URL: '' }
const WITH_DETAILS = {
  TALK_SPEAKER: DETAILS.speaker,
  TALK_EVENT: DETAILS.event,
  TALK_DATE: DETAILS.date,
  TALK_URL: DETAILS.url,
}

export default async function setup(project: TestProject) {
  findChromium() // no browser: stop here with the finder's message, before any building
  const options = { nodeArgs: GUARD_ARGS, quiet: true, env: NO_DETAILS }
  // One Slidev build after another; each site's PDFs print (Chromium only) while the next builds.
  const presenterLog = slidevBuild('presenter', options)
  const publicLog = presenterLog.then(() => slidevBuild('public', options))
  const lightningLog = publicLog.then(() => runGuarded('scripts/export.ts', {
    cwd: ROOT,
    env: { DECK: ENTRIES.lightning, ...WITH_DETAILS },
  }))
  const unpublishedLog = lightningLog.then(() => slidevBuild('public', {
    ...options,
    entry: ENTRIES.lightning,
    env: { ...NO_DETAILS, TALK_PUBLISH_NOTES: 'false' },
  }))
  const pdfs = Promise.all([
    presenterLog.then(() => printSlidesPdf('presenter', options)).then(() => exportPdfs(options, { built: true })),
    publicLog.then(() => printSlidesPdf('public', options)),
  ])
  const logs = await Promise.all([presenterLog, publicLog, lightningLog, unpublishedLog, pdfs])
  const cut = sitesOf(ENTRIES.lightning)
  const dirs = [SITES.public, SITES.presenter, cut.presenter, cut.public]
  const [site, presenter, lightning, unpublished] = await Promise.all(dirs.map(dir => serveStatic(dir)))
  project.provide('siteUrl', site!.url)
  project.provide('presenterUrl', presenter!.url)
  project.provide('lightningUrl', lightning!.url)
  project.provide('unpublishedUrl', unpublished!.url)
  project.provide('buildLog', `${logs[0]}\n${logs[1]}`)
  project.provide('lightningLog', logs[2])
  project.provide('speakerDetails', DETAILS)
  return async () => {
    await Promise.all([site, presenter, lightning, unpublished].map(server => server!.close()))
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string
    presenterUrl: string
    /** The 10-minute cut's speaker's site, built with `speakerDetails` set. */
    lightningUrl: string
    /** The 10-minute cut's audience site, built with the notes not published (dist-lightning/). */
    unpublishedUrl: string
    buildLog: string
    lightningLog: string
    speakerDetails: typeof DETAILS
  }
}
