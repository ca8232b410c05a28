import type { Watched } from '../support/page.ts'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { loadDeck, plainTitle } from '../../scripts/deck.ts'
import { hasText } from '../../scripts/pdf.ts'
import { GUARD_ON, OFFLINE_MARKER } from '../support/offline.ts'
import { loaded, showSlide, useBrowser, watchPage } from '../support/page.ts'

const { slides } = await loadDeck()
const site = inject('siteUrl')
const browser = useBrowser()

describe('the built deck', () => {
  it('was built without touching the network', () => {
    expect(inject('buildLog')).toContain(GUARD_ON)
    expect(inject('buildLog')).not.toContain(OFFLINE_MARKER)
  })

  // Each slide's own link loads the deck afresh, in one tab: about:blank in between ends the last
  // slide's page before the next one's messages are counted.
  let watched: Watched
  beforeAll(async () => {
    watched = await watchPage(browser())
  })
  afterAll(() => watched?.page.context().close())

  const directly = 'opens slide $no ($title) from its own link, with no console error and no remote request'
  it.each(slides)(directly, async ({ no, title }) => {
    const { page, errors, remote } = watched
    await page.goto('about:blank')
    errors.length = remote.length = 0
    await page.goto(`${site}${no}`)
    await showSlide(page, no)
    const slide = page.locator(`.slidev-page-${no}`).first()
    await expect.poll(async () => hasText(await slide.innerText(), plainTitle(title))).toBe(true)
    await loaded(page)
    expect(remote).toEqual([])
    expect(errors).toEqual([])
  })

  it('opens the presenter view with no console error and no remote request', async () => {
    const { page, errors, remote } = await watchPage(browser())
    await page.goto(`${site}presenter/1`)
    await page.locator('.slidev-presenter').waitFor()
    await loaded(page)
    expect(remote).toEqual([])
    expect(errors).toEqual([])
    await page.context().close()
  })
})
