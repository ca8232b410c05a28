// How many parameters does fine-tuning train? Full fine-tuning: every weight.
// LoRA: two thin matrices beside each adapted weight matrix
// (Hu et al. 2021, arXiv 2106.09685).

// #region lora
/** A weight matrix W of d × k. */
export interface Matrix { d: number, k: number }

/** Full fine-tuning updates every entry of W. */
export const fullTrainable = ({ d, k }: Matrix): number => d * k

/** LoRA freezes W, trains B (d × r) and A (r × k): W' = W + (α/r)·B·A. */
export const loraTrainable = ({ d, k }: Matrix, r: number): number =>
  r * (d + k)

export const percent = (part: number, whole: number): string =>
  `${(100 * part / whole).toPrecision(2)}%`
// #endregion

/** A decoder-only transformer's shape: enough to count all its parameters. */
export interface ModelShape {
  name: string
  vocab: number
  hidden: number
  layers: number
  kvHidden: number // grouped-query attention: narrower keys and values
  mlpHidden: number
}

// Meta's published configuration of Llama 3 8B.
export const LLAMA_3_8B: ModelShape = {
  name: 'Llama 3 8B',
  vocab: 128_256,
  hidden: 4096,
  layers: 32,
  kvHidden: 1024,
  mlpHidden: 14_336,
}

export function attentionMatrices(m: ModelShape): Record<'q' | 'k' | 'v' | 'o', Matrix> {
  const wide = { d: m.hidden, k: m.hidden }
  const narrow = { d: m.hidden, k: m.kvHidden }
  return { q: wide, k: narrow, v: narrow, o: wide }
}

// #region model
/** Every parameter: embeddings, attention, MLP, norms, output head. */
export function totalParameters(m: ModelShape): number {
  const attention = Object.values(attentionMatrices(m))
    .reduce((sum, w) => sum + fullTrainable(w), 0)
  const mlp = 3 * m.hidden * m.mlpHidden // gate, up and down projections
  const norms = 2 * m.hidden
  return 2 * m.vocab * m.hidden + m.layers * (attention + mlp + norms) + m.hidden
}

/** The seven linear layers of one transformer block: attention's four, the MLP's three. */
export function linearMatrices(m: ModelShape): Matrix[] {
  const mlpIn = { d: m.hidden, k: m.mlpHidden }
  return [...Object.values(attentionMatrices(m)), mlpIn, mlpIn, { d: m.mlpHidden, k: m.hidden }]
}

/** LoRA on every linear layer of every block: today's usual choice (QLoRA, §4). */
export function loraAllLinear(m: ModelShape, rank: number): number {
  return m.layers * linearMatrices(m).reduce((sum, w) => sum + loraTrainable(w, rank), 0)
}

// #endregion

// #region memory
// Memory to train, before activations (which grow with batch and text length), in bytes per
// parameter. Adam in mixed precision keeps 16: 16-bit weight and gradient, and a 32-bit copy of the
// weight with Adam's two running averages (ZeRO, Rajbhandari et al. 2020, arXiv 1910.02054).
export const TRAINED_BYTES = 16
/** A frozen weight: 2 bytes in 16 bits, half a byte in QLoRA's 4 bits (quantisation constants aside). */
export const FROZEN_BYTES = { '16-bit': 2, '4-bit': 0.5 } as const

export interface TrainingMemory { method: string, gigabytes: number }

/**
 * Full fine-tuning vs LoRA vs QLoRA on model `m`, LoRA at `rank` on all linear layers. QLoRA
 * quantises the blocks' linear layers; the token embeddings and the output head stay in 16 bits.
 */
export function trainingMemory(m: ModelShape, rank: number): TrainingMemory[] {
  const all = totalParameters(m)
  const embeddings = 2 * m.vocab * m.hidden // the input embeddings and the output head
  const adapter = loraAllLinear(m, rank) * TRAINED_BYTES
  const gb = (bytes: number) => bytes / 1e9
  const quantised = (all - embeddings) * FROZEN_BYTES['4-bit'] + embeddings * FROZEN_BYTES['16-bit']
  return [
    { method: 'Full fine-tuning', gigabytes: gb(all * TRAINED_BYTES) },
    { method: 'LoRA', gigabytes: gb(all * FROZEN_BYTES['16-bit'] + adapter) },
    { method: 'QLoRA', gigabytes: gb(quantised + adapter) },
  ]
}
// #endregion
