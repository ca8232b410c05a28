// The stages of the three animated analogies, as data, and the one pure rule that maps Slidev's
// click count to a stage. Components only render what these return.

export interface Stage {
  /** Short name of the stage, shown on the slide. */
  title: string
  /** The text alternative: what the figure shows at this stage, for screen readers and the PDF. */
  description: string
}

/**
 * The stage shown at click `current` for a figure whose first click is `start`:
 * stage 0 before it, one stage more per click, the last stage from then on.
 */
export function stageAt(current: number, start: number, count: number): number {
  return Math.min(Math.max(current - start + 1, 0), count - 1)
}

export const DOCTOR_STAGES: Stage[] = [
  { title: 'General practitioner = pre-trained model', description: 'A general practitioner fresh from medical school knows a little of every specialty: heart, brain, lungs, bones, eyes and digestion. This is the pre-trained model.' },
  { title: 'Residency and fellowship = fine-tuning', description: 'Years of residency and fellowship that narrow to the heart: further training on a narrow dataset. This is fine-tuning.' },
  { title: 'Cardiologist = fine-tuned model', description: 'The doctor is now a cardiologist, a specialist: the fine-tuned model.' },
  { title: 'What residency really trains', description: 'Residency mostly trains routines and judgement; the knowledge came from medical school. The drug reference on the desk, looked up when needed, is what RAG adds.' },
]

export const EXAM_STAGES: Stage[] = [
  { title: 'A question arrives', description: 'Two students get the same exam question. One sits an open-book exam (RAG), the other a closed-book exam (fine-tuning).' },
  { title: 'Look it up, or remember', description: 'The open-book student retrieves the right page from the textbook and reads it. The closed-book student recalls what they studied beforehand.' },
  { title: 'Both answer', description: 'Both students answer. The open-book answer cites the page it came from; the closed-book answer comes from memory alone.' },
  { title: 'Where the knowledge lives', description: 'Open book: the knowledge stays in the book and the student is unchanged, like RAG with frozen weights. Closed book: the knowledge moved into memory, like fine-tuning updating the weights.' },
]

export const PARAMETER_STAGES: Stage[] = [
  { title: 'A pre-trained weight matrix', description: 'Two copies of one pre-trained weight matrix, before any fine-tuning.' },
  { title: 'Full fine-tuning changes every weight', description: 'Full fine-tuning updates every weight of the matrix.' },
  { title: 'LoRA freezes them and trains a thin strip', description: 'LoRA freezes the matrix and trains two thin added matrices, B and A, whose product is added to it.' },
  { title: 'Across a whole model', description: 'Across a whole model, LoRA trains a tiny share of the parameters.' },
]
