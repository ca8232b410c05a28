// Every term of art in the talk, and a key phrase of the words that explain it (2 to 5 words, as said
// or shown). A unit test reads each version of the talk slide by slide (what is shown, and the notes):
// the key phrase must come at or before the slide that first uses the term. Rewording a sentence
// keeps its key phrase, or changes one short string here; moving a slide changes nothing.
import type { Term } from './talk-rules.ts'

export const GLOSSARY: Term[] = [
  { term: 'LLM', pattern: /\bLLMs?\b/, key: 'large language model' },
  { term: 'fine-tuning', pattern: /fine-tun/i, key: 'already trained' },
  { term: 'RAG', pattern: /\bRAG\b/, key: 'retrieval-augmented generation' },
  { term: 'pre-trained model', pattern: /pre-trained/i, key: 'general text' },
  { term: 'base model', pattern: /\bbase model/i, key: 'before anyone has fine-tuned' },
  { term: 'GPU', pattern: /\bGPUs?\b/, key: 'graphics processors' },
  { term: 'parameters (weights and biases)', pattern: /\bparameters?\b|\bweights\b/i, key: 'the numbers it learns' },
  { term: 'supervised fine-tuning (SFT)', pattern: /\bSFT\b|supervised fine-tuning|instruction tuning/i, key: 'comes with the answer' },
  { term: 'RLHF', pattern: /\bRLHF\b/, key: 'learning from human feedback' },
  { term: 'DPO', pattern: /\bDPO\b/, key: 'from the rankings directly' },
  { term: 'parameter-efficient fine-tuning (PEFT)', pattern: /\bPEFT\b|parameter-efficient/i, key: 'trains only a few' },
  { term: 'LoRA', pattern: /\bLoRA\b/, key: 'Low-Rank Adaptation' },
  { term: 'rank', pattern: /\brank \d|\bthe rank\b/i, key: 'width is the rank' }, // LoRA's; not "people rank answers"
  { term: 'BitFit', pattern: /\bBitFit\b/, key: 'only the biases' },
  { term: '4-bit and 16-bit', pattern: /\b(?:4|16)[- ]bits?\b/, key: 'bits per weight' },
  { term: 'adapter', pattern: /\badapters?\b/i, key: 'small trained matrices' },
  { term: 'hallucination', pattern: /hallucinat/i, key: 'stating false things' },
  { term: 'JSONL', pattern: /\bJSONL\b|JSON Lines/, key: 'one example a line' },
  { term: 'catastrophic forgetting', pattern: /catastrophic forgetting/i, key: 'what the network had learned' },
  { term: 'retriever', pattern: /\bretrievers?\b/i, key: 'searches your documents' },
  { term: 'BM25', pattern: /\bBM25\b/, key: 'rare words' },
  { term: 'embeddings', pattern: /\bembeddings?\b/i, key: 'lists of numbers' },
  { term: 'MedQA', pattern: /\bMedQA\b/, key: 'medical licensing' },
  { term: 'Medprompt', pattern: /\bMedprompt\b/, key: 'a prompting strategy' },
  { term: 'context window', pattern: /long context|context window/i, key: 'read at once' },
  { term: 'tokens', pattern: /\btokens?\b/i, key: 'pieces of words' },
  { term: 'evals', pattern: /\bevals?\b/i, key: 'short for evaluations' },
  { term: 'held-out set', pattern: /held-out/i, key: 'kept apart' },
  { term: 'faithful', pattern: /\bfaithful/i, key: 'what the passage supports' },
  { term: 'index', pattern: /\bindex\b/i, key: 'fast to search' },
  { term: 'latency', pattern: /\blatency\b/i, key: 'the wait for an answer' },
  { term: 'loss', pattern: /\bloss\b/i, key: 'how surprised the model' },
  { term: 'structured outputs', pattern: /structured outputs?/i, key: 'to your schema' },
  { term: 'prompt caching', pattern: /prompt caching/i, key: 'reuses the long start' },
  { term: 'distillation', pattern: /\bdistil/i, key: 'a large model\'s answers' },
  { term: 'BLEU', pattern: /\bBLEU\b/, key: 'a human correction' },
  { term: 'validation set', pattern: /\bvalidation\b/i, key: 'check the training against' },
]
