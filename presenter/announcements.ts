// What a screen reader following the live deck hears: each animated figure on screen reports its
// text alternative here (useClickStages.ts), by slide, and SlideAnnouncer.vue reads it.
import { reactive } from 'vue'

/** The text alternative of the animated figure shown on each slide of this window, by slide number. */
export const figuresOnScreen = reactive(new Map<number, string>())
