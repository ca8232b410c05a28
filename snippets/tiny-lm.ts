// A real, tiny character-level language model, trained in the slide "Fine-tuning, live" (in a Web
// Worker), by the pre-training script (scripts/pretrain.ts) and by the unit tests: one module, so the
// slide and the tests cannot drift apart.
//
// Why this model: an MLP over the last 4 characters (Bengio et al. 2003, as in Karpathy's makemore)
// is the smallest model that learns the *style* of words, trains in well under a second per run in
// JavaScript, and has just two dense layers, so LoRA's place in it is plain to see. 6,825 parameters:
// characters are embedded in 10 numbers each, one tanh layer of 96, then a score for each of 27
// characters (a to z, and "." for the end of a word).
//
// Determinism: JavaScript does + − × ÷ and √ in exact IEEE double arithmetic everywhere, but
// Math.exp, Math.log and Math.tanh may return different last bits in different engines, and do:
// measured on 200,000 inputs, Node 20 (V8 11.3) and the tests' Chromium 153 differ on 9.8% of exp,
// 4.2% of log and 4 tanh. So this module computes exp and log itself from + − × ÷ alone: a seed gives
// the same bits in Node and in any browser (tests/browser/fine-tune-live.test.ts checks it).

export const CONTEXT = 4
export const EMBED = 10
export const HIDDEN = 96
export const ALPHABET = '.abcdefghijklmnopqrstuvwxyz' // '.' starts and ends a word
export const VOCAB = ALPHABET.length

// ---------- exact arithmetic: exp and log from + − × ÷ ----------

const LN2 = 0.6931471805599453
const POW2 = new Float64Array(2045) // 2^k at k + 1022, built by exact doubling and halving
for (let k = 0, up = 1, down = 1; k <= 1022; k++, up *= 2, down /= 2) {
  POW2[1022 + k] = up
  POW2[1022 - k] = down
}

/** e^x, to about 1e-15 relative error, the same bits on every engine. */
export function exp(x: number): number {
  if (x > 700)
    return Infinity
  if (x < -700)
    return 0
  const k = Math.round(x / LN2)
  const r = x - k * LN2 // |r| ≤ 0.35
  let p = 1
  for (let i = 16; i >= 1; i--) // Horner form of the Taylor series, 16 terms
    p = 1 + (r / i) * p
  return p * POW2[1022 + k]!
}

/** Natural logarithm of x > 0 (only for losses, which are shown, never trained on). */
export function log(x: number): number {
  let e = 0
  while (x >= 1.4142135623730951) {
    x /= 2
    e++
  }
  while (x < 0.7071067811865476) {
    x *= 2
    e--
  }
  const z = (x - 1) / (x + 1) // log x = 2·atanh z, |z| ≤ 0.172
  const z2 = z * z
  let s = 0
  for (let n = 12; n >= 0; n--)
    s = 1 / (2 * n + 1) + z2 * s
  return 2 * z * s + e * LN2
}

export function tanh(x: number): number {
  const t = exp(-2 * Math.abs(x))
  const y = (1 - t) / (1 + t)
  return x < 0 ? -y : y
}

/** A seeded random number generator (mulberry32): integers only, so exact everywhere. */
export function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6D2B79F5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

// ---------- the model ----------

/** Every weight of the base model. A dense layer's W is d × k (out × in), as in the LoRA paper. */
export interface Weights {
  C: Float64Array // VOCAB × EMBED: each character's embedding
  W1: Float64Array // HIDDEN × CONTEXT·EMBED
  b1: Float64Array // HIDDEN
  W2: Float64Array // VOCAB × HIDDEN
  b2: Float64Array // VOCAB
}
export type Name = keyof Weights
export const NAMES: Name[] = ['C', 'W1', 'b1', 'W2', 'b2']
const IN = CONTEXT * EMBED

/** The two dense layers, as snippets/lora.ts counts matrices: d × k. */
export const DENSE = {
  W1: { d: HIDDEN, k: IN },
  W2: { d: VOCAB, k: HIDDEN },
}

export function zeros(): Weights {
  return {
    C: new Float64Array(VOCAB * EMBED),
    W1: new Float64Array(HIDDEN * IN),
    b1: new Float64Array(HIDDEN),
    W2: new Float64Array(VOCAB * HIDDEN),
    b2: new Float64Array(VOCAB),
  }
}

export const parameterCount = (w: Weights): number => NAMES.reduce((n, name) => n + w[name].length, 0)

export function copyWeights(w: Weights): Weights {
  return { C: w.C.slice(), W1: w.W1.slice(), b1: w.b1.slice(), W2: w.W2.slice(), b2: w.b2.slice() }
}

/** Uniform initial weights, scaled by each layer's fan-in. */
export function initWeights(seed: number): Weights {
  const rand = random(seed)
  const w = zeros()
  const fill = (a: Float64Array, scale: number) => a.forEach((_, i) => (a[i] = (2 * rand() - 1) * scale))
  fill(w.C, 1)
  fill(w.W1, 1.7 / Math.sqrt(IN))
  fill(w.W2, 0.5 / Math.sqrt(HIDDEN))
  return w
}

/** A word as training examples: each run of CONTEXT characters, and the character that follows. */
export function examples(words: string[]): { context: number[], next: number }[] {
  const out: { context: number[], next: number }[] = []
  for (const word of words) {
    const context = Array.from<number>({ length: CONTEXT }).fill(0)
    for (const ch of `${word}.`) {
      const next = ALPHABET.indexOf(ch)
      if (next < 0)
        throw new Error(`"${word}" has a character outside a–z`)
      out.push({ context: context.slice(), next })
      context.shift()
      context.push(next)
    }
  }
  return out
}
export type Example = ReturnType<typeof examples>[number]

/** The forward pass for one context: fills the input x, the hidden layer h and the probabilities p. */
function forward(w: Weights, context: number[], x: Float64Array, h: Float64Array, p: Float64Array): void {
  for (let c = 0; c < CONTEXT; c++) {
    for (let e = 0; e < EMBED; e++)
      x[c * EMBED + e] = w.C[context[c]! * EMBED + e]!
  }
  for (let i = 0; i < HIDDEN; i++) {
    let s = w.b1[i]!
    for (let j = 0; j < IN; j++)
      s += w.W1[i * IN + j]! * x[j]!
    h[i] = tanh(s)
  }
  let max = -Infinity
  for (let v = 0; v < VOCAB; v++) {
    let s = w.b2[v]!
    for (let i = 0; i < HIDDEN; i++)
      s += w.W2[v * HIDDEN + i]! * h[i]!
    p[v] = s
    max = Math.max(max, s)
  }
  let sum = 0
  for (let v = 0; v < VOCAB; v++) {
    p[v] = exp(p[v]! - max)
    sum += p[v]!
  }
  for (let v = 0; v < VOCAB; v++)
    p[v] = p[v]! / sum
}

/**
 * Mean loss over `batch` (cross-entropy: how surprised the model is by each next character, in nats),
 * and, if `grad` is given, its gradient added into it.
 */
export function lossAndGradient(w: Weights, batch: Example[], grad?: Weights): number {
  const x = new Float64Array(IN)
  const h = new Float64Array(HIDDEN)
  const p = new Float64Array(VOCAB)
  const dh = new Float64Array(HIDDEN)
  const dx = new Float64Array(IN)
  let total = 0
  for (const { context, next } of batch) {
    forward(w, context, x, h, p)
    total -= log(p[next]!)
    if (!grad)
      continue
    const n = batch.length
    dh.fill(0)
    for (let v = 0; v < VOCAB; v++) {
      const d = (p[v]! - (v === next ? 1 : 0)) / n
      grad.b2[v] = grad.b2[v]! + d
      for (let i = 0; i < HIDDEN; i++) {
        grad.W2[v * HIDDEN + i] = grad.W2[v * HIDDEN + i]! + d * h[i]!
        dh[i] = dh[i]! + d * w.W2[v * HIDDEN + i]!
      }
    }
    dx.fill(0)
    for (let i = 0; i < HIDDEN; i++) {
      const d = dh[i]! * (1 - h[i]! * h[i]!)
      grad.b1[i] = grad.b1[i]! + d
      for (let j = 0; j < IN; j++) {
        grad.W1[i * IN + j] = grad.W1[i * IN + j]! + d * x[j]!
        dx[j] = dx[j]! + d * w.W1[i * IN + j]!
      }
    }
    for (let c = 0; c < CONTEXT; c++) {
      for (let e = 0; e < EMBED; e++)
        grad.C[context[c]! * EMBED + e] = grad.C[context[c]! * EMBED + e]! + dx[c * EMBED + e]!
    }
  }
  return total / batch.length
}

/** Mean loss per character over whole words. */
export const loss = (w: Weights, words: string[]): number => lossAndGradient(w, examples(words))

/** Adam (Kingma & Ba 2015) over named arrays; bias corrections by running products, not Math.pow. */
export class Adam {
  private m = new Map<string, Float64Array>()
  private v = new Map<string, Float64Array>()
  private b1t = 1
  private b2t = 1
  constructor(public lr: number, private b1 = 0.9, private b2 = 0.999) {}
  step(params: Record<string, Float64Array>, grads: Record<string, Float64Array>): void {
    this.b1t *= this.b1
    this.b2t *= this.b2
    for (const [name, p] of Object.entries(params)) {
      const g = grads[name]!
      if (!this.m.has(name)) {
        this.m.set(name, new Float64Array(p.length))
        this.v.set(name, new Float64Array(p.length))
      }
      const m = this.m.get(name)!
      const v = this.v.get(name)!
      for (let i = 0; i < p.length; i++) {
        m[i] = this.b1 * m[i]! + (1 - this.b1) * g[i]!
        v[i] = this.b2 * v[i]! + (1 - this.b2) * g[i]! * g[i]!
        p[i] = p[i]! - this.lr * (m[i]! / (1 - this.b1t)) / (Math.sqrt(v[i]! / (1 - this.b2t)) + 1e-8)
      }
    }
  }
}

/** A random batch of `size` examples. */
export function batchOf(data: Example[], size: number, rand: () => number): Example[] {
  const batch: Example[] = [] // a loop, not Array.from: a lint fix would draw one example for all
  for (let i = 0; i < size; i++)
    batch.push(data[Math.floor(rand() * data.length)]!)
  return batch
}

// ---------- LoRA ----------

/** LoRA's trainable matrices beside one dense layer W (d × k): B is d × r, A is r × k. */
export interface Adapter { B: Float64Array, A: Float64Array, d: number, k: number, r: number }

/** B starts at zero, so training starts from the pre-trained model exactly; A starts random (Hu et al.). */
export function adapter({ d, k }: { d: number, k: number }, r: number, rand: () => number): Adapter {
  const A = new Float64Array(r * k).map(() => (2 * rand() - 1) / Math.sqrt(k))
  return { B: new Float64Array(d * r), A, d, k, r }
}

// #region lora-step
/** W + s·B·A: the weights the layer uses. W itself never changes. */
export function merged(W: Float64Array, { B, A, d, k, r }: Adapter, s: number): Float64Array {
  const out = W.slice()
  for (let i = 0; i < d; i++) {
    for (let j = 0; j < k; j++) {
      for (let q = 0; q < r; q++)
        out[i * k + j] = out[i * k + j]! + s * B[i * r + q]! * A[q * k + j]!
    }
  }
  return out
}

/** From the gradient G of the merged weights: dB = s·G·Aᵀ and dA = s·Bᵀ·G. */
export function adapterGradient(G: Float64Array, { B, A, d, k, r }: Adapter, s: number) {
  const dB = new Float64Array(d * r)
  const dA = new Float64Array(r * k)
  for (let i = 0; i < d; i++) {
    for (let j = 0; j < k; j++) {
      for (let q = 0; q < r; q++) {
        dB[i * r + q] = dB[i * r + q]! + s * G[i * k + j]! * A[q * k + j]!
        dA[q * k + j] = dA[q * k + j]! + s * B[i * r + q]! * G[i * k + j]!
      }
    }
  }
  return { dB, dA }
}
// #endregion

// ---------- fine-tuning: full or LoRA, the same data and steps ----------

export type Method = 'full' | 'lora'

export interface FineTuneSettings {
  steps: number
  batch: number
  /** Learning rate of each method (LoRA's small matrices take larger steps, as is usual). */
  lr: Record<Method, number>
  rank: number
  /** LoRA's α: the update is scaled by α/r. */
  alpha: number
  /** Evaluate every this many steps. */
  every: number
}

/**
 * The slide's settings. 40 steps: in the runs measured, full fine-tuning's held-out loss levels off
 * from about step 35, and at 60 steps it begins to rise again on some seeds (overfitting).
 */
export const SETTINGS: FineTuneSettings = {
  steps: 40,
  batch: 32,
  lr: { full: 0.01, lora: 0.02 },
  rank: 4,
  alpha: 4,
  every: 5,
}

/** A model being fine-tuned: its current weights, and how it learns one step. */
export interface Tuner {
  method: Method
  trainable: number
  weights: () => Weights
  step: (batch: Example[]) => void
}

export function fullTuner(base: Weights, lr: number): Tuner {
  const w = copyWeights(base)
  const adam = new Adam(lr)
  return {
    method: 'full',
    trainable: parameterCount(w),
    weights: () => w,
    step(batch) {
      const g = zeros()
      lossAndGradient(w, batch, g)
      adam.step({ ...w }, { ...g })
    },
  }
}

/** LoRA on both dense layers: base weights frozen, B and A trained. */
export function loraTuner(base: Weights, lr: number, rank: number, alpha: number, seed: number): Tuner {
  const rand = random(seed ^ 0x10A)
  const adapters = { W1: adapter(DENSE.W1, rank, rand), W2: adapter(DENSE.W2, rank, rand) }
  const s = alpha / rank
  const adam = new Adam(lr)
  const weights = () => ({ ...base, W1: merged(base.W1, adapters.W1, s), W2: merged(base.W2, adapters.W2, s) })
  return {
    method: 'lora',
    trainable: (['W1', 'W2'] as const).reduce((n, l) => n + adapters[l].A.length + adapters[l].B.length, 0),
    weights,
    step(batch) {
      const g = zeros()
      lossAndGradient(weights(), batch, g)
      const g1 = adapterGradient(g.W1, adapters.W1, s)
      const g2 = adapterGradient(g.W2, adapters.W2, s)
      adam.step(
        { B1: adapters.W1.B, A1: adapters.W1.A, B2: adapters.W2.B, A2: adapters.W2.A },
        { B1: g1.dB, A1: g1.dA, B2: g2.dB, A2: g2.dA },
      )
    },
  }
}

// ---------- sampling, and the look-up that tells real names from invented ones ----------

/** One word drawn from the model, a character at a time. */
export function sample(w: Weights, rand: () => number, maxLength = 20): string {
  const context = [0, 0, 0, 0]
  let word = ''
  while (word.length < maxLength) {
    const p = nextProbabilities(w, context)
    let u = rand()
    let v = 0
    while (v < VOCAB - 1 && u >= p[v]!) {
      u -= p[v]!
      v++
    }
    if (v === 0)
      break
    word += ALPHABET[v]
    context.shift()
    context.push(v)
  }
  return word
}

function nextProbabilities(w: Weights, context: number[]): Float64Array {
  const p = new Float64Array(VOCAB)
  forward(w, context, new Float64Array(IN), new Float64Array(HIDDEN), p)
  return p
}

// ---------- a whole run: both methods side by side, with everything the slide shows ----------

export interface Point { step: number, train: number, heldOut: number }

export interface MethodResult {
  method: Method
  trainable: number
  curve: Point[]
  englishAfter: number
  samples: string[]
  /** Of `drawn` names the tuned model generated: how many are real names on the list. */
  drawn: number
  real: number
}

export interface RunRecord {
  seed: number
  settings: FineTuneSettings
  parameters: number
  /** How many names it trains on. */
  names: number
  before: { train: number, heldOut: number, english: number, samples: string[] }
  full: MethodResult
  lora: MethodResult
}

export interface RunData {
  train: string[]
  heldOut: string[]
  english: string[]
  /** The reference list the look-up checks samples against: every real name. */
  reference: string[]
}

export const SAMPLES_SHOWN = 8
export const SAMPLES_DRAWN = 200

/** What a run reports as it goes: a method's point on its curve, or its finished result. */
export type Progress = { method: Method, point: Point } | { method: Method, result: MethodResult }

/** Fine-tunes a copy of `base` by each method in turn, calling `onProgress` after each evaluation. */
export function runFineTuning(
  base: Weights,
  data: RunData,
  seed: number,
  settings: FineTuneSettings = SETTINGS,
  onProgress: (p: Progress) => void = () => {},
): RunRecord {
  const examplesOf = examples(data.train)
  const known = new Set(data.reference)
  const before = {
    train: loss(base, data.train),
    heldOut: loss(base, data.heldOut),
    english: loss(base, data.english),
    samples: drawSamples(base, seed, SAMPLES_SHOWN),
  }
  const one = (tuner: Tuner): MethodResult => {
    const rand = random(seed) // the same batches for both methods
    const curve: Point[] = [{ step: 0, train: before.train, heldOut: before.heldOut }]
    onProgress({ method: tuner.method, point: curve[0]! })
    for (let step = 1; step <= settings.steps; step++) {
      tuner.step(batchOf(examplesOf, settings.batch, rand))
      if (step % settings.every === 0 || step === settings.steps) {
        const w = tuner.weights()
        const point = { step, train: loss(w, data.train), heldOut: loss(w, data.heldOut) }
        curve.push(point)
        onProgress({ method: tuner.method, point })
      }
    }
    const w = tuner.weights()
    const drawn = drawSamples(w, seed + 1, SAMPLES_DRAWN)
    const result: MethodResult = {
      method: tuner.method,
      trainable: tuner.trainable,
      curve,
      englishAfter: loss(w, data.english),
      samples: drawn.slice(0, SAMPLES_SHOWN),
      drawn: drawn.length,
      real: drawn.filter(name => known.has(name)).length,
    }
    onProgress({ method: tuner.method, result })
    return result
  }
  return {
    seed,
    settings,
    parameters: parameterCount(base),
    names: data.train.length,
    before,
    full: one(fullTuner(base, settings.lr.full)),
    lora: one(loraTuner(base, settings.lr.lora, settings.rank, settings.alpha, seed)),
  }
}

export function drawSamples(w: Weights, seed: number, n: number): string[] {
  const rand = random(seed)
  const words: string[] = [] // a loop, not Array.from: a lint fix would draw one word for all
  for (let i = 0; i < n; i++)
    words.push(sample(w, rand))
  return words
}

// ---------- the shipped weights: float32, little-endian, base64 ----------

export interface ShippedWeights {
  /** How they were made: `npm run pretrain` reproduces them. */
  made: { seed: number, steps: number, batch: number, lr: number, words: number }
  /** General English words never pre-trained on, to measure forgetting. */
  englishHeldOut: string[]
  /** The weights, NAMES in order, as float32 little-endian bytes in base64. */
  float32: string
}

export function encodeWeights(w: Weights): string {
  const all = NAMES.flatMap(name => Array.from(w[name]))
  const view = new DataView(new ArrayBuffer(all.length * 4))
  all.forEach((x, i) => view.setFloat32(i * 4, x, true))
  let bin = ''
  new Uint8Array(view.buffer).forEach(b => (bin += String.fromCharCode(b)))
  return btoa(bin)
}

export function decodeWeights(base64: string): Weights {
  const bin = atob(base64)
  const view = new DataView(Uint8Array.from(bin, c => c.charCodeAt(0)).buffer)
  const w = zeros()
  let at = 0
  for (const name of NAMES) {
    const a = w[name]
    for (let i = 0; i < a.length; i++, at += 4)
      a[i] = view.getFloat32(at, true)
  }
  if (at !== view.byteLength)
    throw new Error(`weights: ${view.byteLength} bytes, expected ${at}`)
  return w
}
