// @vitest-environment node
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { hasRegion, knownComponents, slideProblems } from '../../scripts/deck-check.ts'
import { ROOT } from '../../scripts/deck.ts'

const known = knownComponents(ROOT)
const files = { root: ROOT, publicDir: resolve(ROOT, 'public'), slideDir: ROOT }

describe('deck check', () => {
  it('knows Slidev built-ins and the project\'s components', () => {
    expect(known).toContain('Arrow')
    expect(known).toContain('Transition')
  })

  it('finds an unknown component', () => {
    expect(slideProblems('# Hi\n\n<MissingThing :x="1" />', known, files)).toEqual([
      'component <MissingThing> is not in components/ nor one of Slidev\'s built-ins',
    ])
  })

  it('finds a missing /public image, in Markdown or HTML', () => {
    expect(slideProblems('![a](/nope.png)\n<img src="/gone.svg">', known, files)).toEqual([
      'image /nope.png is not in public/',
      'image /gone.svg is not in public/',
    ])
  })

  it('finds a missing image given relative to the slide\'s file', () => {
    const inPages = { ...files, slideDir: resolve(ROOT, 'pages') }
    expect(slideProblems('![a](./img/missing.png)\n<img src="../gone.png">', known, inPages)).toEqual([
      'image ./img/missing.png is not there (looked for pages/img/missing.png)',
      'image ../gone.png is not there (looked for gone.png)',
    ])
    expect(slideProblems('![a](./public/favicon.svg)', known, files)).toEqual([])
  })

  it('finds a snippet file or region that is not there', () => {
    expect(slideProblems('<<< @/snippets/lora.ts#no-such-region ts\n<<< @/snippets/gone.ts', known, files)).toEqual([
      'snippet @/snippets/lora.ts has no region "no-such-region" (add // #region no-such-region … // #endregion, or fix the name)',
      'snippet @/snippets/gone.ts is not there',
    ])
    const snippets = '<<< @/snippets/lora.ts#lora ts\n<<< @/snippets/clinic-letters.jsonl json {lines:false}'
    expect(slideProblems(snippets, known, files)).toEqual([])
  })

  it('reads regions in the comment styles Slidev accepts', () => {
    expect(hasRegion('// #region a\nx\n// #endregion', 'a')).toBe(true)
    expect(hasRegion('<!-- #region b -->\n<!-- #endregion -->', 'b')).toBe(true)
    expect(hasRegion('/* #region c */', 'c')).toBe(true)
    expect(hasRegion('// #region ab\n// #endregion a', 'a')).toBe(false)
  })

  it('accepts images that exist and ignores code', () => {
    const markdown = '![icon](/favicon.svg)\n\n```vue\n<NotReal />\n![x](./nope.png)\n```\n`<AlsoNot/>`'
    expect(slideProblems(markdown, known, files)).toEqual([])
  })
})
