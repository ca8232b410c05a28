// Fine-tuning data in the chat format most providers accept: one JSON object per line (JSONL),
// each a conversation that ends with the answer the model should learn to give.

// #region types
export type Role = 'system' | 'user' | 'assistant'
export interface Message { role: Role, content: string }
export interface Example { messages: Message[] }
// #endregion

export class TrainingDataError extends Error {
  constructor(readonly line: number, readonly reason: string) {
    super(`line ${line}: ${reason}`)
    this.name = 'TrainingDataError'
  }
}

const ROLES: readonly string[] = ['system', 'user', 'assistant']

// #region validate
/** Reads JSONL training data; the first bad line throws, naming the line and what is wrong. */
export function parseTrainingData(jsonl: string): Example[] {
  const examples: Example[] = []
  jsonl.split('\n').forEach((text, i) => {
    const line = i + 1
    if (!text.trim())
      return
    let value: unknown
    try {
      value = JSON.parse(text)
    }
    catch {
      throw new TrainingDataError(line, 'bad JSON')
    }
    const messages = (value as Partial<Example> | null)?.messages
    if (!Array.isArray(messages) || messages.length === 0)
      throw new TrainingDataError(line, 'no "messages" array')
    messages.forEach((m: Partial<Message>, j) => {
      if (!ROLES.includes(m?.role as string))
        throw new TrainingDataError(line, `message ${j + 1} has unknown role ${JSON.stringify(m?.role)}`)
      if (typeof m.content !== 'string' || !m.content.trim())
        throw new TrainingDataError(line, `message ${j + 1} (${m.role}) has empty content`)
    })
    if (!messages.some(m => m.role === 'user'))
      throw new TrainingDataError(line, 'no user turn')
    if (messages.at(-1)?.role !== 'assistant')
      throw new TrainingDataError(line, 'missing assistant turn at the end')
    examples.push({ messages })
  })
  return examples
}
// #endregion

/** One example a line: the file a fine-tuning job takes. */
export function toJsonl(examples: Example[]): string {
  return `${examples.map(e => JSON.stringify(e)).join('\n')}\n`
}
