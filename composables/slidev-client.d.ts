// The two functions of '@slidev/client' that this project uses, typed from '@slidev/types'.
// tsconfig maps the package here because it ships TypeScript sources, not declarations, and
// vue-tsc would otherwise type-check all of Slidev's client under this project's stricter flags.
// At run time (Slidev, Vite, Vitest) the import resolves to the real package.
import type { ClicksContext } from '@slidev/types'
import type { ComputedRef } from 'vue'

export declare function useSlideContext(): { $clicksContext: ClicksContext }
export declare function useNav(): { isPrintMode: ComputedRef<boolean> }
