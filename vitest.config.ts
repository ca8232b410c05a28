import vue from '@vitejs/plugin-vue'
import icons from 'unplugin-icons/vite'
import { defineConfig } from 'vitest/config'
import { BaseSequencer } from 'vitest/node'

/**
 * Slidev's commands first (tests/cli/): their files spend most of their time waiting for a Slidev
 * process, so they run beside the rest rather than after it. (Vitest's own order needs a cache of
 * earlier runs, which a fresh machine does not have.)
 */
class CommandsFirst extends BaseSequencer {
  override async sort(files: Parameters<BaseSequencer['sort']>[0]) {
    const sorted = await super.sort(files)
    const isCommand = (file: (typeof files)[number]) => file.moduleId.includes('/tests/cli/')
    return [...sorted.filter(isCommand), ...sorted.filter(file => !isCommand(file))]
  }
}

// Three kinds of test: unit (components and modules in a DOM), built (the built sites in Chromium,
// and every PDF through a real parser), cli (Slidev's commands as a speaker runs them: the dev server
// with the presenter view and the phone remote, and builds, exports and dev of broken decks).
// `vitest run --project unit` runs one kind. Up to four files run at once on two cores: most of their
// time is spent waiting for Chromium or a Slidev process.
export default defineConfig({
  test: {
    maxWorkers: 4,
    sequence: { sequencer: CommandsFirst },
    projects: [
      {
        plugins: [vue(), icons({ compiler: 'vue3' })],
        define: { __DEV__: 'false' }, // Slidev's client code reads it; Slidev defines it at build time
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'happy-dom' },
      },
      {
        test: {
          name: 'built',
          include: ['tests/export/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          globalSetup: ['tests/setup/built.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          name: 'cli',
          include: ['tests/cli/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
})
