// The slide's run: which seed, and on what data. Shared by the Web Worker that trains in the slide,
// the pre-training script that records the run for print, and the tests.
import type { RunData, ShippedWeights } from './tiny-lm.ts'
import { DRUG_HELD_OUT, DRUG_NAMES, DRUG_TRAIN } from './drug-names.ts'

/** The seed of the run the slide shows (the batches, LoRA's starting A, the samples). */
export const RUN_SEED = 1

export const runData = (weights: ShippedWeights): RunData => ({
  train: DRUG_TRAIN,
  heldOut: DRUG_HELD_OUT,
  english: weights.englishHeldOut,
  reference: DRUG_NAMES,
})
