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

export const KNOW_OR_DO: Figure = {
  component: 'KnowOrDo',
  name: 'Know or do',
  stages: [
    {
      description: 'Did the model not know, or not do? Two axes. Across: what the model needs to know, optimise the context with RAG. Up: how the model must act, optimise the model with fine-tuning. At the origin: prompting and evaluation, where three requests from a clinic wait, grey: what\'s the dose, write our letter template, and a clinical assistant.',
      moves: [],
    },
    {
      description: 'Not know: "What\'s the dose?" moves to the right and the axis of knowing turns indigo: the answer is in the drug reference, so RAG.',
      moves: ['request-1', 'know-axis'],
    },
    {
      description: 'Not do: "Write our letter template" moves up and the axis of acting turns teal: a format is learned by practice, so fine-tuning.',
      moves: ['request-2', 'act-axis'],
    },
    {
      description: 'Both: "A clinical assistant" moves to the top right. It needs fresh facts and a practised skill: RAG and fine-tuning.',
      moves: ['request-3'],
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
      description: 'New doctor: the pre-trained model. A newly qualified doctor, fresh from medical school, with a ring of specialties around them: heart, brain, lungs, bones, eyes and digestion.',
      moves: [],
    },
    {
      description: 'Most fine-tunes: a first week at a new clinic, learning its letter template. A tiny step on the timeline: small data, a format. The ring of specialties stays as it was.',
      moves: ['doctor', 'timeline', 'moral'],
    },
    {
      description: 'The long road: residency in internal medicine covers all of adult medicine, so the ring stays broad; then a fellowship in cardiology narrows to the heart, which grows. Years, not a week: a big fine-tune on a narrow dataset, and the cardiologist is the fine-tuned model.',
      moves: ['doctor', 'ring', 'timeline', 'station-1', 'station-2', 'moral'],
    },
    {
      description: 'Fading specialties: as the heart grows, the other specialties fade. That is forgetting, one of the things fine-tuning can break.',
      moves: ['ring', 'forgetting', 'moral'],
    },
    {
      description: 'The drug reference on the desk: fresh facts are looked up when needed, which is what RAG adds.',
      moves: ['book', 'moral'],
    },
  ],
}

export const EXAM_ROOM: Figure = {
  component: 'ExamRoom',
  name: 'Exam analogy',
  stages: [
    {
      description: 'Two exams: an open-book exam, which is RAG, with a book on the desk, and a closed-book exam, which is fine-tuning, with past papers on the desk. Each student has a grey grid of weights in their head.',
      moves: [],
    },
    {
      description: 'Practice: the closed-book student works through past papers; the practice moves into their head and their weights turn teal. Practice buys a skill: the house format, finishing in time. A page can describe the format, not teach it; the open-book student\'s weights stay grey.',
      moves: ['papers', 'closed-weights', 'open-answer', 'closed-answer'],
    },
    {
      description: 'The exam asks for a skill: answer in the house format, in time. The open-book student reads page 12 on the format, then tries: slower, the format half right, the time used up. The closed-book student writes it fluently, in the house format, with time to spare.',
      moves: ['card', 'open-page', 'open-answer', 'closed-answer', 'open-time', 'closed-time'],
    },
    {
      description: 'A new fact: "What changed in this year\'s syllabus?" The open book, kept current, has the page: "A new unit was added", cited, page 3. The closed-book student answers "Nothing changed", confident, from memory, and wrong: a hallucination.',
      moves: ['card', 'open-page', 'open-answer', 'closed-answer'],
    },
    {
      description: 'The open book fails: an old edition of the book gives an old page 3, and the open-book student answers "Nothing changed", citing it: confident, wrong, with a source. The closed-book student still says "Nothing changed", from memory.',
      moves: ['book', 'open-page', 'open-answer'],
    },
    {
      description: 'Cramming facts: the closed-book student crams this year\'s new facts, and some of their weights change. Some facts stick, some come out wrong, and none comes with a page number. That is fine-tuning on facts. The open-book student looks each one up, with its page.',
      moves: ['facts', 'closed-weights', 'card', 'book', 'open-page', 'open-answer', 'closed-answer'],
    },
    {
      description: 'Both: practise with the book open (RAFT). The open-book student has practised too, and their weights turn teal: the answer is in the house format, in time, and "A new unit was added", from page 3. Skill in the head, facts from the book. The closed-book student has the format, but this year\'s facts are a guess.',
      moves: ['open-weights', 'card', 'open-answer', 'closed-answer'],
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
      description: 'Two axes. Across: what the model needs to know, optimise the context with RAG. Up: how the model must act, optimise the model with fine-tuning. At the origin: prompting and a few tests.',
      moves: [],
    },
    {
      description: 'Not tried prompting yet: start at the origin.',
      moves: ['case-1'],
    },
    {
      description: 'Facts fit in the prompt: put them all in it, a little to the right.',
      moves: ['case-2'],
    },
    {
      description: 'Fresh facts, product docs that change weekly: RAG, far to the right.',
      moves: ['case-3'],
    },
    {
      description: 'Always our tone or house style: fine-tuning, high up.',
      moves: ['case-4'],
    },
    {
      description: 'Who may see what: retrieval with permissions, to the right, since weights cannot enforce who sees a fact.',
      moves: ['case-5'],
    },
    {
      description: 'Current guidelines plus a specialist\'s reasoning: both, top right.',
      moves: ['case-6'],
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

export const TUNING_RISKS: Figure = {
  component: 'TuningRisks',
  name: 'What fine-tuning can break',
  stages: [
    {
      description: 'Before: a model\'s abilities as grey bars, all nearly full: writing, code, maths and safety guardrails. A new task\'s bar is almost empty.',
      moves: [],
    },
    {
      description: 'Forgetting: after a full fine-tune the new task\'s bar grows, teal, and writing, code and maths shrink: catastrophic forgetting. A LoRA outline on each shrinks less: LoRA learns less and forgets less.',
      moves: ['task', 'general'],
    },
    {
      description: 'Guardrails: the safety bar collapses and turns red: 10 harmful examples were enough in 2023. Its LoRA outline collapses too: LoRA is no shield.',
      moves: ['safety'],
    },
    {
      description: 'Two remedies light up: by the general abilities, test old skills and consider LoRA; by the safety bar, re-run safety tests after every fine-tune.',
      moves: ['remedies'],
    },
  ],
}

export const CORE_DIFFERENCE: Figure = {
  component: 'CoreDifference',
  name: 'RAG vs fine-tuning: the core difference',
  stages: [
    {
      description: 'The default: RAG is for knowledge, fine-tuning is for skill. RAG\'s goal is information the model was not trained on; it looks it up and adds it to the prompt; the weights stay the same. Fine-tuning\'s goal is behavior, style and expertise; it keeps training on new data; the weights are permanently updated: a new model, or an adapter. A grey stamp says: a default, not a law.',
      moves: [],
    },
    {
      description: 'Not a law: the stamp turns amber and grows. Under fine-tuning, an exception: it can add facts, slowly and patchily. Under RAG: it fails when the page is missing, buried or misread.',
      moves: ['stamp', 'exceptions'],
    },
  ],
}

/** Every animated figure of the deck. */
export const FIGURES: Figure[] = [
  KNOW_OR_DO,
  TRAINING_PIPELINE,
  PARAMETER_GRID,
  DOCTOR_PATH,
  RAG_VS_FINE_TUNE,
  EXAM_ROOM,
  CHOOSING_MATRIX,
  WORKED_EXAMPLE,
  FAILURE_SORT,
  TUNING_RISKS,
  CORE_DIFFERENCE,
]
