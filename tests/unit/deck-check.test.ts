// @vitest-environment node
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { knownComponents, slideProblems } from '../../scripts/deck-check.ts'
import { ROOT } from '../../scripts/deck.ts'

const known = knownComponents(ROOT)
const publicDir = resolve(ROOT, 'public')

describe('deck check', () => {
  it('knows Slidev built-ins and the project\'s components', () => {
    expect(known).toContain('Arrow')
    expect(known).toContain('Transition')
  })

  it('finds an unknown component', () => {
    expect(slideProblems('# Hi\n\n<MissingThing :x="1" />', known, publicDir)).toEqual([
      'component <MissingThing> is not in components/ nor one of Slidev\'s built-ins',
    ])
  })

  it('finds a missing /public image, in Markdown or HTML', () => {
    expect(slideProblems('![a](/nope.png)\n<img src="/gone.svg">', known, publicDir)).toEqual([
      'image /nope.png is not in public/',
      'image /gone.svg is not in public/',
    ])
  })

  it('accepts images that exist and ignores code', () => {
    expect(slideProblems('![icon](/favicon.svg)\n\n```vue\n<NotReal />\n```\n`<AlsoNot/>`', known, publicDir)).toEqual([])
  })
})
