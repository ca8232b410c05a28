// Trains the slide "Fine-tuning, live" off the main thread, so that the slide, its transitions and
// the presenter view keep their frames. The same code as the tests and the recorded run: a seed in,
// the run's progress and its record out.
import type { Progress, RunRecord } from '../snippets/tiny-lm.ts'
import { runData } from '../snippets/fine-tune-run.ts'
import weights from '../snippets/tiny-lm-weights.json'
import { decodeWeights, runFineTuning } from '../snippets/tiny-lm.ts'

export type FromWorker = { progress: Progress } | { done: RunRecord, ms: number }

const base = decodeWeights(weights.float32)

globalThis.onmessage = ({ data: seed }: MessageEvent<number>) => {
  const started = performance.now()
  const post = (message: FromWorker) => globalThis.postMessage(message)
  const record = runFineTuning(base, runData(weights), seed, undefined, progress => post({ progress }))
  post({ done: record, ms: performance.now() - started })
}
