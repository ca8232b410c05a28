// Where each point of the two source documents lives in the deck, and key phrases (2 to 5 words) that
// prove it is there. A unit test checks every entry against what the slides show (their Markdown, and
// their components as rendered); it never reads the source documents themselves (../shared is not
// part of the project). `lightning` marks what the 10-minute cut keeps.

export interface SourceSection {
  document: 'Fine tuning & models (Introduction)' | 'Key Concepts: Fine-Tuning'
  section: string
  /** Titles of the slides that carry the section. */
  slides: string[]
  /** Key phrases that must be shown on those slides, at their final click (not only said). */
  keys: string[]
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
    keys: [
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
    keys: ['deep customization', 'context-specific understanding'],
  },
  {
    document: INTRO,
    section: 'What is fine tuning? 3: accurate, detailed results general models find hard',
    slides: ['What is fine-tuning?'],
    keys: ['accurate, detailed answers', 'general models find hard'],
  },
  {
    document: INTRO,
    section: 'What is fine tuning? figure (replaces what-fine-tune.jpeg)',
    slides: ['What is fine-tuning?'],
    keys: ['Pre-trained model', 'Domain dataset', 'Training', 'Specialized model'],
  },
  {
    document: INTRO,
    section: 'What is fine tuning? 4: retraining by adjusting weights and biases (parameters)',
    slides: ['What training changes: the parameters'],
    keys: ['weights and biases', 'Parameters'],
  },
  {
    document: INTRO,
    section: 'What is fine tuning? 5: only required parameters (corrected: full, LoRA, BitFit)',
    slides: ['What training changes: the parameters', 'Fine-tuning 8 billion parameters'],
    keys: [
      'Only the required ones',
      'Full fine-tuning updates every one',
      'LoRA',
      'freezes',
      'BitFit trains biases only',
      'QLoRA',
      '35 MB',
    ],
  },
  {
    document: INTRO,
    section: 'RAG vs finetuning? 1: RAG combines retrieval with generation',
    slides: ['RAG vs fine-tuning?'],
    keys: ['combines information retrieval with generation', 'external knowledge'],
  },
  {
    document: INTRO,
    section: 'RAG vs finetuning? 2: fine-tuning modifies a pre-trained model',
    slides: ['RAG vs fine-tuning?'],
    keys: ['modifies a pre-trained model', 'training it further', 'specialize'],
  },
  {
    document: INTRO,
    section: 'RAG vs finetuning? figure (replaces rag_vs_finetune.jpeg)',
    slides: ['RAG vs fine-tuning?'],
    keys: ['Question', 'Retriever', 'Prompt = question + passages', 'Frozen model', 'Training data', 'Updated model'],
  },
  {
    document: INTRO,
    section: 'RAG vs finetuning? tip: the Aidetic article',
    slides: ['RAG vs fine-tuning?'],
    keys: ['Prompt Engineering vs RAG'], // the article's title, on the tip
  },
  {
    document: INTRO,
    section: 'Story 1-2: open-book exam = RAG',
    slides: ['The story: open-book vs closed-book exam'],
    keys: ['Open-book exam', '= RAG'],
    lightning: true,
  },
  {
    document: INTRO,
    section: 'Story 3-4: closed-book exam = fine-tuning',
    slides: ['The story: open-book vs closed-book exam'],
    keys: ['Closed-book exam', '= fine-tuning'],
    lightning: true,
  },
  {
    document: KEY,
    section: '1. Pre-trained model: what, analogy, why',
    slides: ['The pre-trained model'],
    keys: [
      'massive, general-purpose',
      'base model',
      'Llama 3',
      'huge dataset',
      'newly qualified doctor',
      'starting point',
      'foundation',
    ],
  },
  {
    document: KEY,
    section: '2. Fine-tuning: what and why',
    slides: ['The doctor\'s path'],
    keys: ['smaller, specific dataset', 'core behavior', 'knowledge', 'skill', 'style'],
    lightning: true,
  },
  {
    document: KEY,
    section: '2. Fine-tuning: the analogy, animated',
    slides: ['The doctor\'s path'],
    keys: ['= pre-trained model', 'Residency', 'Fellowship', 'Cardiologist', '= fine-tuned model', 'RAG'],
    lightning: true,
  },
  {
    document: KEY,
    section: '3. RAG vs fine-tuning: core difference and side by side',
    slides: ['RAG vs fine-tuning: the core difference'],
    keys: [
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
