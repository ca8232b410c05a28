// Slidev's keys, and one more: `c` switches the captions on the audience's screen, in every window
// (Slidev has no `c`; only its drawing mode, where `c` clears the drawing, so not then).
import { useDrawings } from '@slidev/client'
import { defineShortcutsSetup } from '@slidev/types'
import { toggleCaptions } from '../presenter/useCaptions.ts'

export default defineShortcutsSetup((_nav, base) => {
  const { drawingEnabled } = useDrawings()
  return [
    ...base,
    { name: 'toggle_captions', key: 'c', fn: () => drawingEnabled.value || toggleCaptions() },
  ]
})
