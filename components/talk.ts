// The speaker's details (talk.config.ts) as the slides see them: Vite defines __TALK__ at build time.
import type { TalkDetails } from '../talk.config.ts'

declare const __TALK__: TalkDetails

export const TALK: TalkDetails = typeof __TALK__ === 'undefined'
  ? { speaker: '', event: '', date: '', url: '' }
  : __TALK__
