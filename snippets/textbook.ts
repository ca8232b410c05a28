// The open book of the live demo: a few pages about this talk's own subject, each with its source.
import type { Doc } from './rag.ts'

export const TEXTBOOK: Doc[] = [
  {
    source: 'LoRA paper',
    text: 'LoRA freezes the pre-trained weights and trains two small low-rank matrices beside each adapted layer. On GPT-3 175B it cut trainable parameters 10,000 times and GPU memory three times. The checkpoint shrank from 350 GB to 35 MB.',
  },
  {
    source: 'QLoRA paper',
    text: 'QLoRA quantises the frozen base model to 4 bits and trains LoRA adapters on top. It fine-tunes a 65B parameter model on a single 48 GB GPU while preserving 16-bit fine-tuning performance.',
  },
  {
    source: 'RAG paper',
    text: 'Retrieval-augmented generation pairs a generator with a retriever over a dense vector index of Wikipedia. In 2020 it set the state of the art on three open-domain question answering tasks.',
  },
  {
    source: 'LIMA paper',
    text: 'The LIMA results strongly suggest that almost all knowledge in large language models is learned during pre-training. Fine-tuning on only 1,000 carefully chosen examples taught a model to produce high-quality answers.',
  },
  {
    source: 'Gekhman et al.',
    text: 'When fine-tuning examples contain facts the model does not already know, it learns them slowly, and hallucination rises as it does.',
  },
  {
    source: 'OpenAI Cookbook',
    text: 'Fine-tuning is better suited to teaching specialised tasks or styles, and is less reliable for factual recall.',
  },
  {
    source: 'OpenAI, Optimizing LLM Accuracy',
    text: 'Optimise the context when the model lacks knowledge, and the model when its format, tone or reasoning is inconsistent. Start with a prompt and an evaluation set.',
  },
  {
    source: 'Google Vertex AI docs',
    text: 'Start with prompt design. Fine-tune for complex or unique tasks when you have a sizable dataset, about 100 examples or more. The quality of the dataset is far more important than its quantity.',
  },
  {
    source: 'Anthropic, Contextual Retrieval',
    text: 'Contextual embeddings cut failed retrievals by 35 percent; adding contextual BM25 cut them by 49 percent, and reranking by 67 percent. Under about 200,000 tokens of knowledge, about 500 pages, you can put it all in the prompt, with prompt caching to keep it fast and affordable, and no need for RAG.',
  },
  {
    source: 'InstructGPT paper',
    text: 'In human evaluations on its prompts, outputs of a 1.3B parameter InstructGPT model, tuned with human feedback, were preferred to those of the 175B GPT-3, which has 100 times more parameters.',
  },
]

/**
 * The demo's example questions, each with the page that answers it. The second is a scripted
 * retrieval miss: its page shares none of its rare words, so BM25 ranks other pages first.
 */
export const EXAMPLES: { question: string, answeredBy: string, found: boolean }[] = [
  { question: 'How much GPU memory does QLoRA need for a 65B model?', answeredBy: 'QLoRA paper', found: true },
  {
    question: 'What if my knowledge base is small enough to paste in?',
    answeredBy: 'Anthropic, Contextual Retrieval',
    found: false,
  },
  { question: 'Does fine-tuning on unknown facts cause hallucination?', answeredBy: 'Gekhman et al.', found: true },
]
