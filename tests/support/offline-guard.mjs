// Loaded with `node --import` into the Slidev processes that the tests start (build, dev, and those
// an export starts): a TCP connection to any host but this machine fails at once and is reported on
// stderr, so that a fetch from a font CDN or an icon API cannot hide behind a time-out or a silent
// fallback. Plain JavaScript, so that Node loads it as it is: a TypeScript loader in every Slidev
// process costs about a second of CPU each. It says it is on (GUARD_ON of offline.ts), so that a
// log with no refusal in it proves something, and names each refusal (OFFLINE_MARKER); the unit
// test tests/unit/offline-guard.test.ts holds these texts and offline.ts's together.
import net from 'node:net'
import process from 'node:process'

process.stderr.write('[offline-guard] on\n')

const LOCAL = /^(?:localhost|127\.\d+\.\d+\.\d+|::1|\[::1\]|::ffff:127\.\d+\.\d+\.\d+)$/

function hostOf([first, second]) {
  // Node calls connect with (options), (port, host) or, internally, ([options, callback]).
  const options = Array.isArray(first) ? first[0] : first
  if (typeof options === 'object' && options !== null)
    return options.path ? 'localhost' : String(options.host ?? 'localhost')
  return typeof second === 'string' ? second : 'localhost'
}

const connect = net.Socket.prototype.connect
net.Socket.prototype.connect = function (...args) {
  const host = hostOf(args)
  if (!LOCAL.test(host)) {
    process.stderr.write(`[offline-guard] blocked ${host}\n`)
    throw new Error(`[offline-guard] blocked: ${host}`)
  }
  return connect.apply(this, args)
}
