// Every animated figure of the one list (components/figures/stages.ts), mounted with Slidev's own click
// context at every stage: the stage is named for screen readers, the parts that a step moves do
// change, the arrow keys step forward and back, `at` places the stages, and print shows the last.
import type { Component } from 'vue'
import { describe, expect, it, vi } from 'vitest'
import ParameterGrid from '../../components/figures/ParameterGrid.vue'
import { FIGURES } from '../../components/figures/stages.ts'
import { mountOnSlide } from '../support/slide.ts'

vi.mock('@slidev/client', () => import('../support/slide.ts').then(m => m.fakeClient))

const COMPONENTS = import.meta.glob<Component>('../../components/**/*.vue', { eager: true, import: 'default' })
function componentOf(name: string) {
  return COMPONENTS[Object.keys(COMPONENTS).find(path => path.endsWith(`/${name}.vue`)) ?? '']!
}

describe.each(FIGURES)('$component', ({ component: name, stages }) => {
  const component = componentOf(name)
  const last = stages.length - 1
  const figureAt = async (click: number, options: { print?: boolean } = {}) =>
    (await mountOnSlide(component, {}, { click, ...options })).wrapper.find('[data-stage]')

  it('is a component of the deck', () => {
    expect(component, name).toBeDefined()
  })

  it.each(stages.map((stage, i) => ({ i, stage })))(
    'at click $i shows stage $i and names it for screen readers',
    async ({ i, stage }) => {
      const figure = await figureAt(i)
      expect(figure.attributes('data-stage')).toBe(String(i))
      expect(['img', 'group']).toContain(figure.attributes('role')) // a group when it holds links
      expect(figure.attributes('aria-label')).toContain(`stage ${i + 1} of ${stages.length}: ${stage.description}`)
    },
  )

  it.each(stages.slice(1).map((stage, i) => ({ i: i + 1, stage })))(
    'the step into stage $i changes what it says it moves',
    async ({ i, stage }) => {
      expect(stage.moves.length).toBeGreaterThan(0)
      const before = await figureAt(i - 1)
      const after = await figureAt(i)
      for (const part of stage.moves) {
        const was = before.find(`[data-part="${part}"]`)
        const is = after.find(`[data-part="${part}"]`)
        expect(was.exists() && is.exists(), `${part} is on the figure`).toBe(true)
        expect(is.html(), `${part} changes on the step into stage ${i}`).not.toBe(was.html())
      }
    },
  )

  it('registers one click per stage after the first', async () => {
    const { context } = await mountOnSlide(component)
    expect(context.total).toBe(last)
  })

  it('steps forward and back with the click count alone', async () => {
    const { wrapper, go } = await mountOnSlide(component)
    const clicks = [...stages.keys(), ...[...stages.keys()].reverse().slice(1)]
    const seen = []
    for (const click of clicks) {
      await go(click)
      seen.push(Number(wrapper.find('[data-stage]').attributes('data-stage')))
    }
    expect(seen).toEqual(clicks)
  })

  it('starts at the click given by `at`, after the slide\'s other clicks', async () => {
    const { wrapper, context } = await mountOnSlide(component, { at: 3 }, { click: 3 })
    expect(context.total).toBe(3 + last - 1)
    expect(wrapper.find('[data-stage]').attributes('data-stage')).toBe('1')
  })

  it('renders its final stage without motion when printed', async () => {
    const figure = await figureAt(99, { print: true })
    expect(figure.attributes('data-stage')).toBe(String(last))
    expect(figure.classes()).toContain('ft-print')
  })
})

describe('parameterGrid numbers', () => {
  it('shows the counts computed by snippets/lora.ts', async () => {
    const { wrapper } = await mountOnSlide(ParameterGrid, {}, { click: 3 })
    const text = wrapper.text()
    expect(text).toContain('16,777,216 trained (100%)')
    expect(text).toContain('65,536 trained (0.39%)')
    expect(text).toContain('41,943,040 of 8,030,261,248 parameters trained (0.52%)')
  })

  it('recomputes for another matrix size and rank', async () => {
    const { wrapper } = await mountOnSlide(ParameterGrid, { size: 1024, rank: 4 }, { click: 3 })
    expect(wrapper.text()).toContain('8,192 trained (0.78%)')
  })
})
