import vue from '@vitejs/plugin-vue'
import icons from 'unplugin-icons/vite'
import { defineConfig } from 'vitest/config'

// Three kinds of test: unit (components and modules in a DOM), browser (the built deck in
// Chromium), export (the PDFs through a real parser). `vitest run --project unit` runs one kind.
// Vitest runs the projects' global setups one after another, in this order: the export writes the
// PDFs first, so that the browser project's site build finds the slides PDF for its download button.
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
          name: 'export',
          include: ['tests/export/**/*.test.ts'],
          globalSetup: ['tests/setup/pdf.ts'],
          testTimeout: 120_000,
          hookTimeout: 600_000,
        },
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
    ],
  },
})
