// Export tests: export the four PDFs once, through Slidev and Chromium, under the offline guard.
import type { TestProject } from 'vitest/node'
import { exportAll } from '../../scripts/export.ts'
import { GUARD_ARGS } from '../support/offline.ts'

export default async function setup(project: TestProject) {
  project.provide('exportLog', await exportAll({ nodeArgs: GUARD_ARGS, quiet: true }))
}
