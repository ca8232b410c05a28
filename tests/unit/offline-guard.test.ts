// @vitest-environment node
// The offline guard that the tests load into Slidev's processes: it says it is on, refuses a
// connection to another host, naming it with the marker that the tests look for, and lets one to
// this machine through.
import { spawnSync } from 'node:child_process'
import process from 'node:process'
import { expect, it } from 'vitest'
import { GUARD_ARGS, GUARD_ON, OFFLINE_MARKER } from '../support/offline.ts'

function connectTo(host: string) {
  const script = `require('node:net').connect(9, ${JSON.stringify(host)}).on('error', () => {}).destroy()`
  return spawnSync(process.execPath, [...GUARD_ARGS, '-e', script], { encoding: 'utf8' })
}

it('refuses a connection to another host at once, and says so with the marker', () => {
  const { status, stderr } = connectTo('fonts.example.com')
  expect(stderr).toContain(`${GUARD_ON}\n${OFFLINE_MARKER} fonts.example.com\n`)
  expect(status).not.toBe(0)
})

it('lets a connection to this machine through', () => {
  const { status, stderr } = connectTo('127.0.0.1')
  expect(stderr).toBe(`${GUARD_ON}\n`)
  expect(status).toBe(0)
})
