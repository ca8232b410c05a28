// The live demo in the built deck: the speaker types a question and the open book answers.
import { describe, expect, inject, it } from 'vitest'
import { loadDeck } from '../../scripts/deck.ts'
import { slideNumber } from '../support/deck.ts'
import { showSlide, useBrowser, watchPage } from '../support/page.ts'

const { slides } = await loadDeck()
const no = slideNumber(slides, 'Live demo: the open book')
const site = inject('siteUrl')
const browser = useBrowser()

describe('live demo: the open book', () => {
  it('retrieves the right passage first for a typed question, offline, and stays on its slide', async () => {
    const { page, remote, errors } = await watchPage(browser())
    await page.goto(`${site}${no}`)
    await showSlide(page, no)
    const input = page.getByLabel('Ask the open book')
    await input.fill('')
    await input.pressSequentially('How small is a LoRA checkpoint?')
    await expect.poll(() => page.locator('[data-test="hit"]').first().innerText()).toMatch(/^LoRA paper/)
    await expect.poll(() => page.locator('[data-test="prompt"]').innerText()).toContain('[1] (LoRA paper) LoRA freezes')
    await input.press('ArrowRight') // moves the caret, not the slide
    expect(new URL(page.url()).pathname).toBe(`/${no}`)
    expect(remote).toEqual([])
    expect(errors).toEqual([])
    await page.context().close()
  })

  it('answers closed-book with the question alone, driven by the keyboard', async () => {
    const { page } = await watchPage(browser())
    await page.goto(`${site}${no}`)
    await showSlide(page, no)
    const toggle = page.getByRole('button', { name: 'Switch to closed book' })
    await toggle.focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => page.locator('[data-test="hit"]').count()).toBe(0)
    await expect.poll(() => page.locator('[data-test="prompt"]').innerText())
      .toBe('Question: How much GPU memory does QLoRA need for a 65B model?')
    const switchBack = page.getByRole('button', { name: 'Switch to open book' })
    await expect.poll(() => switchBack.getAttribute('aria-pressed')).toBe('true')
    expect(await page.getByLabel('Ask the closed book').isVisible()).toBe(true) // the heading follows the mode
    expect(await page.locator('.demo').innerText()).not.toContain('Ask the open book')
    await page.context().close()
  })

  it('says when no passage matches', async () => {
    const { page } = await watchPage(browser())
    await page.goto(`${site}${no}`)
    await showSlide(page, no)
    await page.getByLabel('Ask the open book').fill('capital of France')
    await expect.poll(() => page.locator('.result').innerText()).toContain('No passage shares a word with the question')
    await page.context().close()
  })
})
