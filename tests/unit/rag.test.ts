// @vitest-environment node
import { describe, expect, it, vi } from 'vitest'
import { answerWithRag, buildPrompt, retrieve, split, words } from '../../snippets/rag.ts'
import { EXAMPLES, TEXTBOOK } from '../../snippets/textbook.ts'

const passages = split(TEXTBOOK)

describe('rAG snippet', () => {
  it('splits documents into passages of whole sentences within the word limit', () => {
    const parts = split([{ source: 's', text: 'One two three. Four five six. Seven eight nine.' }], 6)
    expect(parts.map(p => p.text)).toEqual(['One two three. Four five six.', 'Seven eight nine.'])
    expect(parts.every(p => p.source === 's')).toBe(true)
  })

  it('drops stop words and punctuation', () => {
    expect(words('What is the LoRA rank?')).toEqual(['lora', 'rank'])
  })

  it.each([
    ['How much GPU memory does QLoRA need for a 65B model?', 'QLoRA paper'],
    ['Does fine-tuning on unknown facts cause hallucination?', 'Gekhman et al.'],
    ['Which knowledge is learned during pre-training?', 'LIMA paper'],
  ])('ranks the right passage first for %j', (question, source) => {
    expect(retrieve(question, passages)[0]?.passage.source).toBe(source)
  })

  it.each(EXAMPLES)('finds the page that answers the demo\'s $question only where the demo says so', (example) => {
    const sources = retrieve(example.question, passages).map(hit => hit.passage.source)
    expect(sources[0] === example.answeredBy).toBe(example.found)
    if (!example.found) // a real miss: the right page is not among those the prompt gets
      expect(sources).not.toContain(example.answeredBy)
    expect(TEXTBOOK.map(page => page.source)).toContain(example.answeredBy)
  })

  it('returns nothing for an empty corpus or a question with no matching word', () => {
    expect(retrieve('What is LoRA?', [])).toEqual([])
    expect(retrieve('capital of France', passages)).toEqual([])
    expect(retrieve('', passages)).toEqual([])
  })

  it('returns the whole corpus, ranked, when k is larger than it', () => {
    const hits = retrieve('model parameters', passages, 1000)
    expect(hits.length).toBeLessThanOrEqual(passages.length)
    expect(hits.map(h => h.score)).toEqual([...hits.map(h => h.score)].sort((a, b) => b - a))
  })

  it('builds a prompt with numbered sources, or says none matched', () => {
    const hits = retrieve('QLoRA 65B GPU', passages, 2)
    const prompt = buildPrompt('QLoRA 65B GPU?', hits)
    expect(prompt).toMatch(/^\[1\] \(QLoRA paper\)/m)
    expect(prompt).toMatch(/^\[2\] /m)
    expect(prompt).toMatch(/Question: QLoRA 65B GPU\?$/)
    expect(buildPrompt('x', [])).toContain('No source matched')
    for (const prompt of [buildPrompt('x', []), buildPrompt('QLoRA 65B GPU?', hits)]) // never a guess
      expect(prompt).toMatch(/Do not guess/)
  })

  it('passes the augmented prompt to the injected model and leaves the model alone', async () => {
    const generate = vi.fn(async (prompt: string) => `answer to ${prompt.length} chars`)
    const result = await answerWithRag('How small is a LoRA checkpoint?', passages, generate)
    expect(generate).toHaveBeenCalledWith(result.prompt)
    expect(result.hits[0]?.passage.source).toBe('LoRA paper')
    expect(result.answer).toMatch(/^answer to \d+ chars$/)
  })
})
