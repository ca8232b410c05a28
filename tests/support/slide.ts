// Mounts a component as if on a Slidev slide at a given click, with Slidev's own click context
// (createClicksContextBase), so that click registration is tested against the real rules.

import type { ClicksContext } from '@slidev/types'
import type { VueWrapper } from '@vue/test-utils'
import type { Component } from 'vue'
import { createClicksContextBase } from '@slidev/client/composables/useClicks.ts'
import { mount } from '@vue/test-utils'
import { computed, defineComponent, h, nextTick, ref } from 'vue'

const state = { context: undefined as ClicksContext | undefined, print: ref(false) }

/** Stands in for '@slidev/client' in unit tests: `vi.mock('@slidev/client', () => fakeClient)`. */
// The slide is mounted as one beside the current slide (page 1 while slide 2 shows), so that a
// live demo shows its recorded state and never starts work of its own in a unit test.
export const fakeClient = {
  useSlideContext: () => ({ $clicksContext: state.context!, $page: computed(() => 1), $renderContext: ref('slide') }),
  useNav: () => ({ isPrintMode: computed(() => state.print.value), currentSlideNo: computed(() => 2) }),
}

export interface MountedSlide {
  wrapper: VueWrapper
  /** Moves the slide to click `n`, as the arrow keys would. */
  go: (n: number) => Promise<void>
  context: ClicksContext
}

export async function mountOnSlide(
  component: Component,
  props: Record<string, unknown> = {},
  options: { click?: number, print?: boolean } = {},
): Promise<MountedSlide> {
  const current = ref(options.click ?? 0)
  const context = createClicksContextBase(current)
  state.context = context
  state.print.value = options.print ?? false
  const Slide = defineComponent({
    setup() {
      context.setup()
      return () => h(component, props)
    },
  })
  // SlideLink (a router link when presenting) as a plain anchor: the unit tests have no router. Its
  // links are tested in the built deck and in the PDFs.
  const SlideLink = defineComponent({
    props: { to: [String, Number] },
    setup: (p, { slots }) => () => h('a', { href: `#${p.to}` }, slots.default?.()),
  })
  const wrapper = mount(Slide, { global: { stubs: { SlideLink } } })
  context.current = current.value // the real slide re-applies the URL's click once mounted
  await nextTick()
  return {
    wrapper,
    context,
    go: async (n: number) => {
      context.current = n
      await nextTick()
    },
  }
}
