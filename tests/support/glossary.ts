// Every term of art in the talk, where it is first explained, and the words that explain it. A test
// reads the built deck slide by slide (what is shown, and the notes) and fails if a term appears on a
// slide before the one that explains it, or if that slide no longer explains it.

export interface Term {
  term: string
  /** How the term appears in slide text or notes. */
  pattern: RegExp
  /** Title of the slide that explains it: on the slide itself or in its notes. */
  explainedOn: string
  /** Words of that explanation, as the slide or its notes say them. */
  explanation: string
}

const COVER = 'Fine-Tuning, Explained'
const PIPELINE = 'Where fine-tuning sits'
const PARAMETERS = 'What training changes: the parameters'
const CHOOSING = 'Prompting comes first'
const EVALS = 'Evaluation decides'
const LIVE = 'Fine-tuning, live'

export const GLOSSARY: Term[] = [
  { term: 'LLM', pattern: /\bLLMs?\b/, explainedOn: COVER, explanation: 'a large language model, an LLM' },
  { term: 'fine-tuning', pattern: /fine-tun/i, explainedOn: COVER, explanation: 'training a model that is already trained a little further, on your own examples' },
  { term: 'RAG', pattern: /\bRAG\b/, explainedOn: COVER, explanation: 'retrieval-augmented generation, RAG: looking documents up and handing them to the model with the question' },
  { term: 'pre-trained model', pattern: /pre-trained/i, explainedOn: 'The map of this talk', explanation: 'the pre-trained model, already trained on huge amounts of general text' },
  { term: 'base model', pattern: /\bbase model/i, explainedOn: 'The pre-trained model', explanation: 'a base model, such as Llama 3 8B, before anyone has fine-tuned it' },
  { term: 'GPU', pattern: /\bGPUs?\b/, explainedOn: 'The pre-trained model', explanation: 'GPU time, the graphics processors models train on' },
  { term: 'parameters (weights and biases)', pattern: /\bparameters?\b|\bweights\b/i, explainedOn: PIPELINE, explanation: 'A model\'s parameters are the numbers it learns, its weights and biases' },
  { term: 'supervised fine-tuning (SFT)', pattern: /\bSFT\b|supervised fine-tuning|instruction tuning/i, explainedOn: PIPELINE, explanation: 'Supervised means each example comes with the answer to learn' },
  { term: 'RLHF', pattern: /\bRLHF\b/, explainedOn: PIPELINE, explanation: 'RLHF, reinforcement learning from human feedback, learns a score from the rankings and improves by trial and error' },
  { term: 'DPO', pattern: /\bDPO\b/, explainedOn: PIPELINE, explanation: 'DPO learns from the rankings directly' },
  { term: 'parameter-efficient fine-tuning (PEFT)', pattern: /\bPEFT\b|parameter-efficient/i, explainedOn: PARAMETERS, explanation: 'Parameter-efficient fine-tuning, PEFT for short, trains only a few' },
  { term: 'LoRA', pattern: /\bLoRA\b/, explainedOn: PARAMETERS, explanation: 'LoRA, short for Low-Rank Adaptation, freezes every original weight and trains small matrices added beside some layers' },
  { term: 'rank', pattern: /\brank \d|\bthe rank\b/i, // LoRA's rank; not "people rank answers"
    explainedOn: PARAMETERS, explanation: 'Their width is the rank' },
  { term: 'query and value matrices', pattern: /query and value/i, explainedOn: PARAMETERS, explanation: 'decide what each word looks for and what it passes on' },
  { term: 'BitFit', pattern: /\bBitFit\b/, explainedOn: PARAMETERS, explanation: 'BitFit trains only the biases' },
  { term: '4-bit and 16-bit', pattern: /\b(?:4|16)-bit\b/, explainedOn: 'Full fine-tuning vs LoRA', explanation: '4 bits per weight instead of the usual 16' },
  { term: 'adapter', pattern: /\badapters?\b/i, explainedOn: 'Full fine-tuning vs LoRA', explanation: 'adapter, the small trained matrices alone' },
  { term: 'hallucination', pattern: /hallucinat/i, explainedOn: LIVE, explanation: 'a hallucination: stating false things confidently' },
  { term: 'JSONL', pattern: /\bJSONL\b|JSON Lines/, explainedOn: 'What fine-tuning data looks like', explanation: 'JSON Lines, JSONL: one example a line' },
  { term: 'catastrophic forgetting', pattern: /catastrophic forgetting/i, explainedOn: 'What fine-tuning can break', explanation: 'training on a new task overwrites what the network had learned' },
  { term: 'retriever', pattern: /\bretrievers?\b/i, explainedOn: 'RAG vs fine-tuning?', explanation: 'a retriever searches your documents for the passages most likely to help' },
  { term: 'BM25', pattern: /\bBM25\b/, explainedOn: 'RAG in a few lines', explanation: 'BM25, a classic score of how many rare words a passage shares with the question' },
  { term: 'embeddings', pattern: /\bembeddings?\b/i, explainedOn: 'RAG in a few lines', explanation: 'embeddings instead: lists of numbers that place texts of similar meaning close together' },
  { term: 'supervised vs unsupervised fine-tuning', pattern: /unsupervised/i, explainedOn: 'RAG vs fine-tuning: the core difference', explanation: 'unsupervised fine-tuning, on raw documents with no answers attached' },
  { term: 'MedQA', pattern: /\bMedQA\b/, explainedOn: CHOOSING, explanation: 'a benchmark of questions in the style of the US medical licensing exam' },
  { term: 'Medprompt', pattern: /\bMedprompt\b/, explainedOn: CHOOSING, explanation: 'Medprompt, a prompting strategy alone' },
  { term: 'long context', pattern: /long context/i, explainedOn: CHOOSING, explanation: 'how much text a model can read at once' },
  { term: 'tokens', pattern: /\btokens?\b/i, explainedOn: 'The pre-trained model', explanation: 'tokens, the pieces of words models read' },
  { term: 'evals', pattern: /\bevals?\b/i, explainedOn: EVALS, explanation: 'Evals, short for evaluations, are tests of the model on examples whose good answers you know' },
  { term: 'held-out set', pattern: /held-out/i, explainedOn: LIVE, explanation: 'held-out names, kept apart and never trained on' },
  { term: 'faithful', pattern: /\bfaithful/i, explainedOn: EVALS, explanation: 'saying only what the passage supports' },
  { term: 'index', pattern: /\bindex\b/i, explainedOn: 'Cost, latency and upkeep', explanation: 'an index of your documents, a structure that makes them fast to search' },
  { term: 'latency', pattern: /\blatency\b/i, explainedOn: 'Cost, latency and upkeep', explanation: 'latency, the wait for an answer' },
]
