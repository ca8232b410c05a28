// @vitest-environment node
import { describe, expect, it } from 'vitest'
import {
  fullTrainable,
  LLAMA_3_8B,
  loraAllLinear,
  loraTrainable,
  percent,
  totalParameters,
  trainingMemory,
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

  it('trains about half a percent of Llama 3 8B with rank-16 LoRA on all seven linear layers', () => {
    const trained = loraAllLinear(LLAMA_3_8B, 16)
    const attention = 2 * 16 * (4096 + 4096) + 2 * 16 * (4096 + 1024)
    expect(trained).toBe(32 * (attention + 3 * 16 * (4096 + 14_336)))
    expect(percent(trained, totalParameters(LLAMA_3_8B))).toBe('0.52%')
  })

  it('needs about 128 GB to fully fine-tune Llama 3 8B, 17 GB with LoRA and 6 GB with QLoRA', () => {
    const gb = Object.fromEntries(trainingMemory(LLAMA_3_8B, 16).map(m => [m.method, Math.round(m.gigabytes)]))
    expect(gb).toEqual({ 'Full fine-tuning': 128, 'LoRA': 17, 'QLoRA': 6 })
    // 16 bytes a parameter in full; the adapter's share is the same in both LoRA methods
    const perParameter = trainingMemory(LLAMA_3_8B, 0).map(m => m.gigabytes * 1e9 / totalParameters(LLAMA_3_8B))
    expect(perParameter.slice(0, 2)).toEqual([16, 2])
    expect(perParameter[2]).toBeGreaterThan(0.5) // 4 bits a weight, but embeddings and head in 16
    expect(perParameter[2]).toBeLessThan(0.8)
  })
})
