// @vitest-environment node
import { describe, expect, it } from 'vitest'
import {
  fullTrainable,
  LLAMA_3_8B,
  loraOnQueryValue,
  loraTrainable,
  percent,
  totalParameters,
} from '../../snippets/lora.ts'

describe('loRA arithmetic', () => {
  it('counts r·(d+k) trainable parameters per adapted matrix, as in the LoRA paper', () => {
    const w = { d: 4096, k: 4096 }
    expect(fullTrainable(w)).toBe(16_777_216)
    expect(loraTrainable(w, 8)).toBe(65_536)
    expect(percent(loraTrainable(w, 8), fullTrainable(w))).toBe('0.39%')
  })

  it('handles rectangular matrices and rank 0', () => {
    expect(loraTrainable({ d: 4096, k: 1024 }, 16)).toBe(81_920)
    expect(loraTrainable({ d: 4096, k: 1024 }, 0)).toBe(0)
  })

  it('counts Llama 3 8B at its published 8.03 billion parameters', () => {
    expect(totalParameters(LLAMA_3_8B)).toBe(8_030_261_248)
  })

  it('trains under a tenth of a percent of Llama 3 8B with rank-16 LoRA on queries and values', () => {
    const trained = loraOnQueryValue(LLAMA_3_8B, 16)
    expect(trained).toBe(32 * (16 * (4096 + 4096) + 16 * (4096 + 1024)))
    expect(percent(trained, totalParameters(LLAMA_3_8B))).toBe('0.085%')
  })
})
