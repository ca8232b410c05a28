// Retrieval-augmented generation in a few lines: split documents into passages,
// score them against the question (BM25 over words), put the best in the prompt.
// The model itself is not touched.

export interface Doc { source: string, text: string }
export interface Passage { source: string, text: string, words: string[] }
export interface Hit { passage: Passage, score: number }

const STOP_WORDS = new Set(`a an and are as at be by can do does for from how i in is it
  many much not of on or the to what when which who why with you your`.split(/\s+/))

export function words(text: string): string[] {
  return text.toLowerCase().split(/[^a-z0-9]+/).filter(w => w && !STOP_WORDS.has(w))
}

// #region split
/** Cuts documents into passages of whole sentences, at most `maxWords` words. */
export function split(docs: Doc[], maxWords = 60): Passage[] {
  return docs.flatMap(({ source, text }) => {
    const passages: string[] = []
    for (const sentence of text.match(/[^.!?]+[.!?]*/g) ?? []) {
      const last = passages.at(-1)
      const fits = (last + sentence).split(/\s+/).length <= maxWords
      if (last !== undefined && fits)
        passages[passages.length - 1] = last + sentence
      else passages.push(sentence)
    }
    return passages
      .map(p => ({ source, text: p.trim(), words: words(p) }))
      .filter(p => p.words.length)
  })
}
// #endregion

// #region retrieve
/** BM25: a word counts more when rare in the corpus and frequent in the passage. */
export function retrieve(question: string, passages: Passage[], k = 3): Hit[] {
  const total = passages.reduce((n, p) => n + p.words.length, 0)
  const avgLength = total / (passages.length || 1)
  const idf = (w: string) => {
    const n = passages.filter(p => p.words.includes(w)).length
    return Math.log(1 + (passages.length - n + 0.5) / (n + 0.5))
  }
  const terms = [...new Set(words(question))]
  return passages
    .map((passage) => {
      const score = terms.reduce((sum, w) => {
        const tf = passage.words.filter(x => x === w).length
        const norm = 0.25 + 0.75 * passage.words.length / avgLength
        return sum + idf(w) * tf * 2.2 / (tf + 1.2 * norm)
      }, 0)
      return { passage, score }
    })
    .filter(hit => hit.score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, Math.max(0, k))
}
// #endregion

type Generate = (prompt: string) => Promise<string>

// #region prompt
/** The augmented prompt: numbered sources first, then the question. No guessing past them. */
export function buildPrompt(question: string, hits: Hit[]): string {
  if (!hits.length)
    return `No source matched. Say that the sources do not answer this. Do not guess.\n\nQuestion: ${question}`
  const sources = hits.map(({ passage: p }, i) => `[${i + 1}] (${p.source}) ${p.text}`)
  return `Answer only from these sources and cite them as [n].`
    + ` If they do not answer the question, say so. Do not guess.\n\n${sources.join('\n')}`
    + `\n\nQuestion: ${question}`
}

/** The whole loop. `generate` is any model call: the model is used, never changed. */
export async function answerWithRag(q: string, book: Passage[], generate: Generate) {
  const hits = retrieve(q, book)
  const prompt = buildPrompt(q, hits)
  return { hits, prompt, answer: await generate(prompt) }
}
// #endregion
