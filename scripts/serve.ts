// The one static server: `npm run preview`, the PDF export and the browser tests serve a built site
// through it, on 127.0.0.1 only, with history fallback so /3 and /presenter/3 load the deck.
import type { AddressInfo } from 'node:net'
import { createServer } from 'node:http'
import sirv from 'sirv'

export interface StaticSite {
  /** The site's root, e.g. http://127.0.0.1:4173/ (its base path not included). */
  url: string
  close: () => Promise<void>
}

/**
 * Serves `dir` at `base` (the base path the site was built for, e.g. /talk/). `compressed`: serve a
 * file's `.gz` beside it to a browser that accepts gzip, as a static host compresses (the benchmark).
 */
export async function serveStatic(dir: string, { port = 0, base = '/', compressed = false } = {}): Promise<StaticSite> {
  const handler = sirv(dir, { single: true, dev: !compressed, etag: false, gzip: compressed })
  const server = createServer((req, res) => {
    if (!req.url?.startsWith(base))
      return res.writeHead(404).end()
    req.url = req.url.slice(base.length - 1)
    handler(req, res)
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', resolve)
  })
  const { port: actual } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${actual}/`,
    close: () => new Promise(resolve => server.close(() => resolve())),
  }
}
