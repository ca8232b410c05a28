// The one static server: `npm run preview`, the PDF export and the browser tests serve a built site
// through it, on 127.0.0.1 only, with history fallback so /3 and /presenter/3 load the deck.
import type { Buffer } from 'node:buffer'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createServer } from 'node:http'
import { createSecureServer } from 'node:http2'
import sirv from 'sirv'

export interface StaticSite {
  /** The site's root, e.g. http://127.0.0.1:4173/ (its base path not included). */
  url: string
  close: () => Promise<void>
}

interface ServeOptions {
  port?: number
  /** The base path the site was built for, e.g. /talk/. */
  base?: string
  /** Serve a file's `.gz` beside it to a browser that accepts gzip, as a static host compresses. */
  compressed?: boolean
  /** HTTPS with HTTP/2, as a static host serves (browsers speak HTTP/2 only over TLS). */
  tls?: { key: Buffer, cert: Buffer }
}

/** Serves `dir` at `base`. The benchmark serves as a host publishes: `compressed`, over `tls`. */
export async function serveStatic(dir: string, options: ServeOptions = {}): Promise<StaticSite> {
  const { port = 0, base = '/', compressed = false, tls } = options
  const handler = sirv(dir, { single: true, dev: !compressed, etag: false, gzip: compressed })
  const route = (req: IncomingMessage, res: ServerResponse) => {
    if (!req.url?.startsWith(base))
      return res.writeHead(404).end()
    req.url = req.url.slice(base.length - 1)
    handler(req, res)
  }
  // HTTP/2's compatibility API gives a handler the request and response of node:http.
  const server = tls ? createSecureServer({ ...tls, allowHTTP1: true }, route as never) : createServer(route)
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', resolve)
  })
  const { port: actual } = server.address() as AddressInfo
  return {
    url: `${tls ? 'https' : 'http'}://127.0.0.1:${actual}/`,
    close: () => new Promise(resolve => server.close(() => resolve())),
  }
}
