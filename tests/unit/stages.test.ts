import { readdirSync } from 'node:fs'
import { basename, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { FIGURES, stageAt } from '../../components/figures/stages.ts'

describe('stageAt', () => {
  it('shows stage 0 before the first click, one more per click, then stays on the last', () => {
    expect([0, 1, 2, 3, 4, 10].map(click => stageAt(click, 1, 4))).toEqual([0, 1, 2, 3, 3, 3])
  })

  it('starts counting at the figure\'s own first click', () => {
    expect([0, 2, 3, 4, 5, 6].map(click => stageAt(click, 3, 4))).toEqual([0, 0, 1, 2, 3, 3])
  })
})

describe('the list of animated figures', () => {
  it('names components that exist, once each', () => {
    const dir = resolve(import.meta.dirname, '../../components')
    const components = readdirSync(dir, { recursive: true, encoding: 'utf8' }).map(f => basename(f, '.vue'))
    expect(FIGURES.map(f => f.component).filter(c => !components.includes(c))).toEqual([])
    expect(new Set(FIGURES.map(f => f.component)).size).toBe(FIGURES.length)
  })

  // Two stages is a figure with one reveal (a default, then its exceptions); one stage would not move.
  it('gives each figure at least two stages, each with its own text alternative', () => {
    for (const { stages } of FIGURES) {
      expect(stages.length).toBeGreaterThanOrEqual(2)
      expect(new Set(stages.map(s => s.description)).size).toBe(stages.length)
    }
  })
})
