// The animated figures, as data: each figure's component, its name for screen readers and its
// stages. Components, unit tests, browser tests and the benchmark all read this one list.
// `stageAt` is the one pure rule from Slidev's click count to a stage.

export interface Stage {
  /** The text alternative: what the figure shows at this stage; it opens with the stage's name. */
  description: string
  /** The `data-part`s that move, grow or recolour on the step into this stage (none for stage 0). */
  moves: string[]
}

export interface Figure {
  /** The Vue component, as the slide's tag names it. */
  component: string
  /** Opens the text alternative. */
  name: string
  /** A picture (`img`, the default) or, when it holds links, a `group`: an img hides its children. */
  role?: 'img' | 'group'
  stages: Stage[]
}

/**
 * The stage shown at click `current` for a figure whose first click is `start`:
 * stage 0 before it, one stage more per click, the last stage from then on.
 */
export function stageAt(current: number, start: number, count: number): number {
  return Math.min(Math.max(current - start + 1, 0), count - 1)
}

export const TALK_MAP: Figure = {
  component: 'TalkMap',
  name: 'Map of the talk',
  role: 'group', // its stops link to the parts
  stages: [
    {
      description: 'The four parts of the talk as stops on a path: the starting point, fine-tuning, RAG vs fine-tuning, and choosing.',
      moves: [],
    },
    {
      description: 'Stop 1, the starting point: pre-trained models.',
      moves: ['traveller', 'stop-1'],
    },
    {
      description: 'Stop 2, fine-tuning: what it changes, and how much.',
      moves: ['traveller', 'stop-2'],
    },
    {
      description: 'Stop 3, RAG vs fine-tuning: knowledge you look up vs skill you learn.',
      moves: ['traveller', 'stop-3'],
    },
    {
      description: 'Stop 4, choosing: RAG, fine-tuning, or both?',
      moves: ['traveller', 'stop-4'],
    },
  ],
}

export const TRAINING_PIPELINE: Figure = {
  component: 'TrainingPipeline',
  name: 'Where fine-tuning sits',
  stages: [
    {
      description: 'Pre-training: next-word prediction on a huge amount of raw text gives a base model, such as Llama 3 8B base.',
      moves: [],
    },
    {
      description: 'Instruction tuning, or supervised fine-tuning (SFT): the model learns from prompt and response pairs.',
      moves: ['model', 'sft'],
    },
    {
      description: 'Preference tuning (RLHF, reinforcement learning from human feedback, or DPO): human preferences give a chat model, such as Llama 3 8B Instruct.',
      moves: ['model', 'rlhf'],
    },
    {
      description: 'Your fine-tune: a branch off the pipeline takes your data and yields your specialist.',
      moves: ['mine', 'branch'],
    },
  ],
}

export const DOCTOR_PATH: Figure = {
  component: 'DoctorPath',
  name: 'Doctor analogy',
  stages: [
    {
      description: 'New doctor, not yet specialised: the pre-trained model. Fresh from medical school, with a ring of specialties around them: heart, brain, lungs, bones, eyes and digestion.',
      moves: [],
    },
    {
      description: 'Residency in internal medicine, 3 years: the doctor walks along the timeline and the ring narrows toward the heart. This is fine-tuning on a narrower dataset.',
      moves: ['doctor', 'ring'],
    },
    {
      description: 'Fellowship in cardiology, 3 years: the cardiologist arrives. This is the fine-tuned model.',
      moves: ['doctor', 'ring'],
    },
    {
      description: 'The drug reference on the desk: facts are looked up when needed, which is what RAG adds. Research suggests fine-tuning mostly teaches routines and format, not new facts.',
      moves: ['book'],
    },
  ],
}

export const EXAM_ROOM: Figure = {
  component: 'ExamRoom',
  name: 'Exam analogy',
  stages: [
    {
      description: 'Two exams: an open-book exam, which is RAG, with a book on the desk, and a closed-book exam, which is fine-tuning. Each student has a grey grid of weights in their head.',
      moves: [],
    },
    {
      description: 'Before the exam: the closed-book student practises worked problems; the practice moves into their head and their weights turn teal. The open-book student\'s weights stay grey.',
      moves: ['sheets', 'closed-weights'],
    },
    {
      description: 'The exam: both get "Solve 2x + 6 = 14, showing each step". The open-book student lifts the method from page 42 and the book stays full; the closed-book student writes the steps from memory, 2x = 8, so x = 4. Both are right.',
      moves: ['card', 'page', 'recall'],
    },
    {
      description: 'A new fact: "What changed in this year\'s syllabus?" The open book\'s current page answers it, page cited. The closed-book student guesses confidently from memory and is wrong.',
      moves: ['card', 'page', 'guess'],
    },
    {
      description: 'Where it lives: in the open-book exam the knowledge stays in the book and the student is unchanged, weights frozen. In the closed-book exam the practice moved into the head, weights updated.',
      moves: ['open-moral', 'closed-moral'],
    },
  ],
}

export const PARAMETER_GRID: Figure = {
  component: 'ParameterGrid',
  name: 'Parameter grid',
  stages: [
    {
      description: 'A pre-trained weight matrix W, twice, before any fine-tuning.',
      moves: [],
    },
    {
      description: 'Full fine-tuning: a sweep recolours every weight of W.',
      moves: ['full'],
    },
    {
      description: 'LoRA: W is locked; two thin matrices B and A are trained beside it, and their product B·A is added to W.',
      moves: ['lock', 'b', 'a', 'product'],
    },
    {
      description: 'Across a whole model: with LoRA on all seven linear layers of Llama 3 8B, the trained share shrinks to a sliver of the bar, about half a percent.',
      moves: ['share'],
    },
  ],
}

export const RAG_VS_FINE_TUNE: Figure = {
  component: 'RagVsFineTuneFigure',
  name: 'RAG vs fine-tuning',
  stages: [
    {
      description: 'Two flows. RAG: question, retriever, prompt, frozen model, answer with sources. Fine-tuning: training data, training, updated model, answer from the weights.',
      moves: [],
    },
    {
      description: 'RAG: the question goes to the retriever, which finds passages in the documents; question and passages form the prompt; the frozen model answers with sources.',
      moves: ['question'],
    },
    {
      description: 'Fine-tuning: training data flows into the model\'s weights, which change; the updated model answers from its weights.',
      moves: ['data', 'weights'],
    },
  ],
}

export const CHOOSING_MATRIX: Figure = {
  component: 'ChoosingMatrix',
  name: 'RAG, fine-tuning, or both',
  stages: [
    {
      description: 'Two axes. Across: what the model needs to know, optimise the context with RAG. Up: how the model must act, optimise the model with fine-tuning. At the origin: prompting and evals.',
      moves: [],
    },
    {
      description: 'Not tried prompting yet: start at the origin.',
      moves: ['case-1'],
    },
    {
      description: 'Facts fit in about 200k tokens: put them all in the prompt, a little to the right.',
      moves: ['case-2'],
    },
    {
      description: 'Product docs change weekly: RAG, far to the right.',
      moves: ['case-3'],
    },
    {
      description: 'Always our tone or house style: fine-tuning, high up.',
      moves: ['case-4'],
    },
    {
      description: 'Current guidelines plus a specialist\'s reasoning: both, top right.',
      moves: ['case-5'],
    },
  ],
}

export const WORKED_EXAMPLE: Figure = {
  component: 'WorkedExample',
  name: 'A worked example: correcting Icelandic sentences, scored by BLEU',
  stages: [
    {
      description: 'Five empty bars, one per attempt at the task: GPT-4 with no examples, GPT-4 with 3 examples, GPT-3.5 Turbo fine-tuned, GPT-4 fine-tuned, and GPT-4 fine-tuned with RAG.',
      moves: [],
    },
    {
      description: 'Prompting: GPT-4 with no examples scores 62; with 3 examples in the prompt, 70.',
      moves: ['prompting'],
    },
    {
      description: 'Fine-tuning on 1,000 examples: GPT-3.5 Turbo scores 78 and GPT-4 scores 87, the best.',
      moves: ['fine-tuned'],
    },
    {
      description: 'Fine-tuned GPT-4 with retrieval added: the score falls to 83. The extra context was noise.',
      moves: ['with-rag'],
    },
  ],
}

export const FAILURE_SORT: Figure = {
  component: 'FailureSort',
  name: 'Reading the failures',
  stages: [
    {
      description: 'Twenty evaluation cases, grey: examples whose good answers are known, kept apart from any training.',
      moves: [],
    },
    {
      description: 'The baseline: today\'s best prompt runs on every case. Twelve pass; eight fail and turn red.',
      moves: ['cases'],
    },
    {
      description: 'Each failure is read and sorted. Five did not know a fact: fix the context, with the prompt or RAG. Three did not do what was asked: fix the behaviour, with prompting or fine-tuning.',
      moves: ['know', 'do'],
    },
  ],
}

/** Every animated figure of the deck. */
export const FIGURES: Figure[] = [
  TALK_MAP,
  TRAINING_PIPELINE,
  PARAMETER_GRID,
  DOCTOR_PATH,
  RAG_VS_FINE_TUNE,
  EXAM_ROOM,
  CHOOSING_MATRIX,
  WORKED_EXAMPLE,
  FAILURE_SORT,
]
