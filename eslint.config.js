// `npm run lint`: Anthony Fu's config, the style of the Slidev ecosystem. It lints TypeScript, Vue,
// JSON and YAML, and skips what .gitignore lists (builds, exports, the benchmark's folder).
import antfu from '@antfu/eslint-config'

export default antfu({
  // slides.md is the talk: its code blocks are excerpts for the audience (often fragments that
  // would not parse), and the code they show is linted where it lives, in snippets/.
  markdown: false,
  ignores: ['tests/**/__screenshots__/**'],
}, {
  rules: {
    // A pattern reads best where it is used; ours run a few times a build, never in a hot loop.
    'e18e/prefer-static-regex': 'off',
    // New in config 10: it would rewrap objects and ternaries in 58 files at once; adopt it in a
    // commit of its own (`npx eslint . --fix`), not beside the upgrade.
    'antfu/reasonable-newline': 'off',
  },
}, {
  files: ['**/*.ts', '**/*.vue'],
  rules: {
    // URLs and regexes cannot wrap; a line that is only a (keyed) string is prose; strings beside code still count.
    'style/max-len': ['error', {
      code: 120,
      ignoreUrls: true,
      ignoreRegExpLiterals: true,
      ignorePattern: String.raw`^\s*(?:[\w$]+: )?'(?:[^'\\]|\\.)*',?$`,
    }],
  },
}, {
  files: ['snippets/**'],
  rules: {
    // The snippets are shown on the slides: their author picks the form that reads best there.
    'antfu/top-level-function': 'off',
  },
}, {
  files: ['tests/browser/**', 'tests/cli/**'],
  rules: {
    // These tests read what a viewer sees: innerText follows the layout (no hidden text), textContent does not.
    'unicorn/prefer-dom-node-text-content': 'off',
  },
})
