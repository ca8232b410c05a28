// Loaded with `node --import` into Slidev's build, dev and export processes by the offline tests:
// any TCP connection to a host other than this machine fails at once and is reported on stderr,
// so a fetch from a font CDN or an icon API cannot hide behind a time-out or a silent fallback.

import net from 'node:net'
import process from 'node:process'
import { OFFLINE_MARKER } from './offline.ts'

const LOCAL = /^(?:localhost|127\.\d+\.\d+\.\d+|::1|\[::1\]|::ffff:127\.\d+\.\d+\.\d+)$/

function hostOf([first, second]: unknown[]): string {
  // Node calls connect with (options), (port, host) or, internally, ([options, callback]).
  const options = Array.isArray(first) ? first[0] : first
  if (typeof options === 'object' && options !== null) {
    const { path } = options as net.IpcNetConnectOpts
    return path ? 'localhost' : String((options as net.TcpNetConnectOpts).host ?? 'localhost')
  }
  return typeof second === 'string' ? second : 'localhost'
}

const connect = net.Socket.prototype.connect
net.Socket.prototype.connect = function (this: net.Socket, ...args: unknown[]) {
  const host = hostOf(args)
  if (!LOCAL.test(host)) {
    process.stderr.write(`${OFFLINE_MARKER} ${host}\n`)
    throw new Error(`${OFFLINE_MARKER}: ${host}`)
  }
  return (connect as (...a: unknown[]) => net.Socket).apply(this, args)
} as typeof net.Socket.prototype.connect
