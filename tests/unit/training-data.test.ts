// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { parseTrainingData, toJsonl, type Example } from '../../snippets/training-data.ts'

const good: Example = {
  messages: [
    { role: 'system', content: 'You are a cardiology triage assistant.' },
    { role: 'user', content: 'Chest pain on exertion, relieved by rest.' },
    { role: 'assistant', content: 'Stable angina is likely; arrange an exercise ECG.' },
  ],
}

describe('fine-tuning data', () => {
  it('round-trips examples through JSONL, skipping blank lines', () => {
    const jsonl = toJsonl([good, good])
    expect(jsonl.split('\n')).toHaveLength(3)
    expect(parseTrainingData(`${jsonl}\n\n`)).toEqual([good, good])
  })

  it.each([
    ['{"messages": [', 'line 2: bad JSON'],
    ['{"prompt": "hi"}', 'line 2: no "messages" array'],
    ['{"messages": [{"role": "user", "content": "Hi"}]}', 'line 2: missing assistant turn at the end'],
    ['{"messages": [{"role": "user", "content": " "}, {"role": "assistant", "content": "Hi"}]}', 'line 2: message 1 (user) has empty content'],
    ['{"messages": [{"role": "doctor", "content": "Hi"}]}', 'line 2: message 1 has unknown role "doctor"'],
    ['{"messages": [{"role": "system", "content": "Hi"}, {"role": "assistant", "content": "Hi"}]}', 'line 2: no user turn'],
  ])('rejects %j with %j', (bad, message) => {
    expect(() => parseTrainingData(`${JSON.stringify(good)}\n${bad}`)).toThrow(message)
  })
})
