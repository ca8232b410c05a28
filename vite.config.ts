import { defineConfig } from 'vite'
import { deckCheck } from './scripts/deck-check.ts'

export default defineConfig({
  plugins: [deckCheck()],
})
