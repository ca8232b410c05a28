import { describe, expect, it } from 'vitest'
import { DOCTOR_STAGES, EXAM_STAGES, PARAMETER_STAGES, stageAt } from '../../composables/stages.ts'

describe('stageAt', () => {
  it('shows stage 0 before the first click, one more per click, then stays on the last', () => {
    expect([0, 1, 2, 3, 4, 10].map(click => stageAt(click, 1, 4))).toEqual([0, 1, 2, 3, 3, 3])
  })

  it('starts counting at the figure\'s own first click', () => {
    expect([0, 2, 3, 4, 5, 6].map(click => stageAt(click, 3, 4))).toEqual([0, 0, 1, 2, 3, 3])
  })

  it('has at least three visibly different stages per analogy, each with a text alternative', () => {
    for (const stages of [DOCTOR_STAGES, EXAM_STAGES, PARAMETER_STAGES]) {
      expect(stages.length).toBeGreaterThanOrEqual(3)
      expect(new Set(stages.map(s => s.description)).size).toBe(stages.length)
    }
  })
})
