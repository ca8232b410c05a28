// Slidev runs a root setup only from setup/root.ts: the presenter's fix that keeps every window on
// its slide and click as one opens or reloads lives with the other speaker's tools.
export { default } from '../presenter/window-sync.ts'
