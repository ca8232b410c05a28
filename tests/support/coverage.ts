// Where each section of the two source documents lives in the deck, and the words that prove it.
// The tests check every entry against the built deck and the exported PDF; they never read the
// source documents themselves (../shared is not part of the project).

export interface Section {
  document: 'Fine tuning & models (Introduction)' | 'Key Concepts: Fine-Tuning'
  section: string
  /** Titles of the slides that carry the section. */
  slides: string[]
  /** Phrases that must appear on those slides, at their final click. */
  terms: string[]
}

const INTRO = 'Fine tuning & models (Introduction)' as const
const KEY = 'Key Concepts: Fine-Tuning' as const

export const COVERAGE: Section[] = [
  { document: INTRO, section: 'What is fine tuning? 1: customizing a pre-trained LLM on a domain dataset; adjusts internal parameters', slides: ['What is fine-tuning?'], terms: ['customizes a pre-trained LLM', 'domain-related dataset', 'internal parameters', 'specialized tasks', 'industries'] },
  { document: INTRO, section: 'What is fine tuning? 2: excels at deep customization', slides: ['What is fine-tuning?'], terms: ['deep customization', 'context-specific understanding'] },
  { document: INTRO, section: 'What is fine tuning? 3: accurate, detailed results general models find hard', slides: ['What is fine-tuning?'], terms: ['accurate, detailed answers', 'general models find hard'] },
  { document: INTRO, section: 'What is fine tuning? figure (replaces what-fine-tune.jpeg)', slides: ['What is fine-tuning?'], terms: ['Pre-trained model', 'Domain dataset', 'Training', 'Specialized model'] },
  { document: INTRO, section: 'What is fine tuning? 4: retraining by adjusting weights and biases (parameters)', slides: ['What training changes: the parameters'], terms: ['weights and biases', 'parameters'] },
  { document: INTRO, section: 'What is fine tuning? 5: only required parameters (corrected: full vs LoRA)', slides: ['What training changes: the parameters', 'Full fine-tuning vs LoRA'], terms: ['only the required parameters', 'full fine-tuning updates every parameter', 'LoRA', 'freeze', '10,000× fewer', '350 GB → 35 MB', '65B model on one 48 GB GPU'] },
  { document: INTRO, section: 'RAG vs finetuning? 1: RAG combines retrieval with generation', slides: ['RAG vs fine-tuning?'], terms: ['combines information retrieval with a generative model', 'external knowledge'] },
  { document: INTRO, section: 'RAG vs finetuning? 2: fine-tuning modifies a pre-trained model', slides: ['RAG vs fine-tuning?'], terms: ['modifies a pre-trained model', 'specializes in a domain'] },
  { document: INTRO, section: 'RAG vs finetuning? figure (replaces rag_vs_finetune.jpeg)', slides: ['RAG vs fine-tuning?'], terms: ['Question', 'Retriever', 'Prompt = question + passages', 'Frozen model', 'Training data', 'Updated model'] },
  { document: INTRO, section: 'RAG vs finetuning? tip: the Aidetic article', slides: ['RAG vs fine-tuning?'], terms: ['Prompt Engineering vs RAG vs Finetuning: What\'s the difference?'] },
  { document: INTRO, section: 'Story 1-2: open-book exam = RAG', slides: ['The story: open-book vs closed-book exam'], terms: ['Open-book exam', '= RAG', 'retrieve', 'Knowledge stays in the book'] },
  { document: INTRO, section: 'Story 3-4: closed-book exam = fine-tuning', slides: ['The story: open-book vs closed-book exam'], terms: ['Closed-book exam', '= fine-tuning', 'recall what was studied', 'from memory', 'weights updated'] },
  { document: KEY, section: '1. Pre-trained model: what, analogy, why', slides: ['The pre-trained model'], terms: ['massive, general-purpose model', 'GPT-4', 'Llama 3', 'general practitioner', 'starting point of fine-tuning', 'foundation'] },
  { document: KEY, section: '2. Fine-tuning: what, analogy, why', slides: ['Fine-tuning, in three lines'], terms: ['smaller, specific dataset', 'cardiologist', 'residency', 'fellowship', 'core behavior', 'knowledge', 'skill', 'personality'] },
  { document: KEY, section: '2. Fine-tuning: the analogy, animated', slides: ['The doctor\'s path'], terms: ['General practitioner', '= pre-trained model', 'Residency', 'Fellowship', '= fine-tuning on a narrow dataset', 'Cardiologist', '= fine-tuned model', 'routines and judgement', 'is what RAG adds'] },
  { document: KEY, section: '3. RAG vs fine-tuning: core difference and side by side', slides: ['RAG vs fine-tuning: the core difference'], terms: ['RAG is for knowledge', 'fine-tuning is for skill', 'Goal', 'Method', 'Does it change the model?', 'weights stay the same', 'permanently updates', 'new, specialized model'] },
]
