import vue from '@vitejs/plugin-vue'
import icons from 'unplugin-icons/vite'
import { defineConfig } from 'vitest/config'

// Four kinds of test: unit (components and modules in a DOM), bad-input (real builds of broken
// decks), built (the built sites in Chromium, and every PDF through a real parser), dev (the dev
// server a speaker presents from, with the phone remote). `vitest run --project unit` runs one kind.
// Two test files run at a time, one a core: most of their time is spent waiting for Chromium.
export default defineConfig({
  test: {
    maxWorkers: 2,
    projects: [
      {
        plugins: [vue(), icons({ compiler: 'vue3' })],
        define: { __DEV__: 'false' }, // Slidev's client code reads it; Slidev defines it at build time
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'happy-dom' },
      },
      {
        test: {
          name: 'bad-input',
          include: ['tests/export/bad-input.test.ts'],
          testTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'built',
          include: ['tests/export/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          exclude: ['tests/export/bad-input.test.ts', 'tests/browser/dev.test.ts', 'tests/browser/remote.test.ts'],
          globalSetup: ['tests/setup/built.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          name: 'dev',
          include: ['tests/browser/dev.test.ts', 'tests/browser/remote.test.ts'],
          // Last, and alone: a build running beside Slidev's dev server (the other projects run
          // several) can make it reload mid-test, and the phone remote then loses a step.
          sequence: { groupOrder: 1 },
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
})
