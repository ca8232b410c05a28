// Code colours that meet WCAG AA on the slide's code background, comments included (Slidev's
// default themes' grey comments do not; nor do GitHub's default light theme's, on that grey).
import { defineShikiSetup } from '@slidev/types'

export default defineShikiSetup(() => ({
  themes: { light: 'github-light-high-contrast', dark: 'github-dark-default' },
}))
