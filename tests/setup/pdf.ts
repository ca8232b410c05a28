// Export tests: export the slides PDF once, through Slidev and Chromium, under the offline guard.
import type { TestProject } from 'vitest/node'
import { exportSlidesPdf, SLIDES_PDF } from '../../scripts/export.ts'
import { GUARD_ARGS } from '../support/offline.ts'

export default async function setup(project: TestProject) {
  project.provide('exportLog', await exportSlidesPdf(SLIDES_PDF, GUARD_ARGS))
  project.provide('slidesPdf', SLIDES_PDF)
}
