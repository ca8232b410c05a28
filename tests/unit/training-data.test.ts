// @vitest-environment node

import type { Example } from '../../snippets/training-data.ts'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../../scripts/deck.ts'
import { parseTrainingData, toJsonl } from '../../snippets/training-data.ts'

const good: Example = {
  messages: [
    { role: 'system', content: 'Rewrite the note in the house format.' },
    { role: 'user', content: 'Seen today. No new symptoms.' },
    { role: 'assistant', content: 'Findings: no new symptoms.' },
  ],
}

describe('fine-tuning data', () => {
  it('accepts the JSONL shown on the slide: two letter-format examples, each ending with the answer', () => {
    const examples = parseTrainingData(readFileSync(resolve(ROOT, 'snippets/clinic-letters.jsonl'), 'utf8'))
    expect(examples).toHaveLength(2)
    const roles = ['system', 'user', 'assistant']
    expect(examples.map(e => e.messages.map(m => m.role))).toEqual([roles, roles])
  })

  it('round-trips examples through JSONL, skipping blank lines', () => {
    const jsonl = toJsonl([good, good])
    expect(jsonl.split('\n')).toHaveLength(3)
    expect(parseTrainingData(`${jsonl}\n\n`)).toEqual([good, good])
  })

  it.each([
    ['{"messages": [', 'line 2: bad JSON'],
    ['{"prompt": "hi"}', 'line 2: no "messages" array'],
    ['{"messages": [{"role": "user", "content": "Hi"}]}', 'line 2: missing assistant turn at the end'],
    [
      '{"messages": [{"role": "user", "content": " "}, {"role": "assistant", "content": "Hi"}]}',
      'line 2: message 1 (user) has empty content',
    ],
    ['{"messages": [{"role": "doctor", "content": "Hi"}]}', 'line 2: message 1 has unknown role "doctor"'],
    [
      '{"messages": [{"role": "system", "content": "Hi"}, {"role": "assistant", "content": "Hi"}]}',
      'line 2: no user turn',
    ],
  ])('rejects %j with %j', (bad, message) => {
    expect(() => parseTrainingData(`${JSON.stringify(good)}\n${bad}`)).toThrow(message)
  })
})
