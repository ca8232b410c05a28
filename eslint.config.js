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
  // The layout's two rules. Node code (scripts/, bench/) imports no browser folder and no test code:
  // what both sides read is plain data, in shared/ or the figures' stage list.
  files: ['scripts/**', 'bench/**'],
  rules: {
    'no-restricted-imports': ['error', { patterns: [{
      regex: String.raw`(?:^|/)(?:tests|handouts|presenter|layouts|setup|composables|pages)/|(?:^|/)components/(?!figures/stages\.ts$)`,
      message: 'Node code imports no browser folder nor test code: move what both sides need to shared/.',
    }] }],
  },
}, {
  // Plain data that both Node and the browser import, so it imports nothing itself.
  files: ['shared/**', 'components/figures/stages.ts'],
  rules: {
    'no-restricted-imports': ['error', { patterns: [{
      regex: '.',
      message: 'Both Node and the browser import this file: keep it plain data, with no imports.',
    }] }],
  },
}, {
  files: ['tests/browser/**', 'tests/cli/**'],
  rules: {
    // These tests read what a viewer sees: innerText follows the layout (no hidden text), textContent does not.
    'unicorn/prefer-dom-node-text-content': 'off',
  },
})
