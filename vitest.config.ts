import vue from '@vitejs/plugin-vue'
import icons from 'unplugin-icons/vite'
import { defineConfig } from 'vitest/config'

// Three kinds of test: unit (components and modules in a DOM), browser (the built deck in
// Chromium), export (the PDFs through a real parser). `vitest run --project unit` runs one kind.
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [vue(), icons({ compiler: 'vue3' })],
        define: { __DEV__: 'false' }, // Slidev's client code reads it; Slidev defines it at build time
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'happy-dom' },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/setup/site.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          name: 'export',
          include: ['tests/export/**/*.test.ts'],
          globalSetup: ['tests/setup/pdf.ts'],
          testTimeout: 120_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
})
