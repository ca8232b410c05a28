// Where each point of the two source documents lives in the deck, and the words that prove it is
// there. The tests check every entry against the built deck; they never read the source documents
// themselves (../shared is not part of the project). `lightning` marks what the 10-minute cut keeps.

export interface SourceSection {
  document: 'Fine tuning & models (Introduction)' | 'Key Concepts: Fine-Tuning'
  section: string
  /** Titles of the slides that carry the section. */
  slides: string[]
  /** Phrases that must appear on those slides, at their final click. */
  terms: string[]
  /** Whether the 10-minute cut must carry it too. */
  lightning?: boolean
}

const INTRO = 'Fine tuning & models (Introduction)' as const
const KEY = 'Key Concepts: Fine-Tuning' as const

export const SOURCE_SECTIONS: SourceSection[] = [
  {
    document: INTRO,
    section: 'What is fine tuning? 1: customizing a pre-trained LLM on a domain dataset; adjusts internal parameters',
    slides: ['What is fine-tuning?'],
    terms: [
      'Customizes a pre-trained LLM',
      'domain-related dataset',
      'internal parameters',
      'specialized tasks',
      'content styles',
      'industries',
    ],
  },
  {
    document: INTRO,
    section: 'What is fine tuning? 2: excels at deep customization',
    slides: ['What is fine-tuning?'],
    terms: ['deep customization', 'context-specific understanding'],
  },
  {
    document: INTRO,
    section: 'What is fine tuning? 3: accurate, detailed results general models find hard',
    slides: ['What is fine-tuning?'],
    terms: ['accurate, detailed answers', 'general models find hard'],
  },
  {
    document: INTRO,
    section: 'What is fine tuning? figure (replaces what-fine-tune.jpeg)',
    slides: ['What is fine-tuning?'],
    terms: ['Pre-trained model', 'Domain dataset', 'Training', 'Specialized model'],
  },
  {
    document: INTRO,
    section: 'What is fine tuning? 4: retraining by adjusting weights and biases (parameters)',
    slides: ['What training changes: the parameters'],
    terms: ['weights and biases', 'Parameters'],
  },
  {
    document: INTRO,
    section: 'What is fine tuning? 5: only required parameters (corrected: full, LoRA, BitFit)',
    slides: ['What training changes: the parameters', 'Full fine-tuning vs LoRA'],
    terms: [
      'Only the required ones',
      'Full fine-tuning updates every one',
      'LoRA',
      'freezes',
      'BitFit trains biases only',
      '10,000× fewer',
      '35 MB adapter',
      '65B model on one 48 GB GPU',
    ],
  },
  {
    document: INTRO,
    section: 'RAG vs finetuning? 1: RAG combines retrieval with generation',
    slides: ['RAG vs fine-tuning?'],
    terms: ['combines information retrieval with generation', 'external knowledge'],
  },
  {
    document: INTRO,
    section: 'RAG vs finetuning? 2: fine-tuning modifies a pre-trained model',
    slides: ['RAG vs fine-tuning?'],
    terms: ['modifies a pre-trained model', 'training it further', 'specialize'],
    lightning: true,
  },
  {
    document: INTRO,
    section: 'RAG vs finetuning? figure (replaces rag_vs_finetune.jpeg)',
    slides: ['RAG vs fine-tuning?'],
    terms: ['Question', 'Retriever', 'Prompt = question + passages', 'Frozen model', 'Training data', 'Updated model'],
    lightning: true,
  },
  {
    document: INTRO,
    section: 'RAG vs finetuning? tip: the Aidetic article',
    slides: ['RAG vs fine-tuning?'],
    terms: ['Prompt Engineering vs RAG vs Finetuning: What\'s the difference?'],
  },
  {
    document: INTRO,
    section: 'Story 1-2: open-book exam = RAG',
    slides: ['The story: open-book vs closed-book exam'],
    terms: ['Open-book exam', '= RAG'],
    lightning: true,
  },
  {
    document: INTRO,
    section: 'Story 3-4: closed-book exam = fine-tuning',
    slides: ['The story: open-book vs closed-book exam'],
    terms: ['Closed-book exam', '= fine-tuning'],
    lightning: true,
  },
  {
    document: KEY,
    section: '1. Pre-trained model: what, analogy, why',
    slides: ['The pre-trained model'],
    terms: [
      'massive, general-purpose',
      'base model',
      'Llama 3',
      'huge dataset',
      'newly qualified doctor',
      'starting point',
      'foundation',
    ],
    lightning: true,
  },
  {
    document: KEY,
    section: '2. Fine-tuning: what and why',
    slides: ['The doctor\'s path'],
    terms: ['smaller, specific dataset', 'core behavior', 'knowledge', 'skill', 'style'],
    lightning: true,
  },
  {
    document: KEY,
    section: '2. Fine-tuning: the analogy, animated',
    slides: ['The doctor\'s path'],
    terms: ['= pre-trained model', 'Residency', 'Fellowship', 'Cardiologist', '= fine-tuned model', 'RAG'],
    lightning: true,
  },
  {
    document: KEY,
    section: '3. RAG vs fine-tuning: core difference and side by side',
    slides: ['RAG vs fine-tuning: the core difference'],
    terms: [
      'RAG is for knowledge',
      'fine-tuning is for skill',
      'Goal',
      'Method',
      'Changes the model?',
      'weights stay the same',
      'permanently updated',
      'a new model',
    ],
    lightning: true,
  },
]
