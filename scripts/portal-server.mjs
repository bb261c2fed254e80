// The portal's HTTP server (`npm start`, `npm run serve`, the tests, the cluster, the benches): Next's own request
// handler behind Brotli, which `next start` cannot send: the build's scripts, styles and SVG images from copies made at
// build time, everything else compressed as it goes out (gzip for clients without Brotli, as Next would), pages
// answered whole given a natively hashed ETag (lib/http/page-etag.mjs), and every answer the site's security headers
// (lib/http/response-headers.mjs).
// Usage: node scripts/portal-server.mjs [-p PORT] [-H HOSTNAME]; the build is read from NEXT_DIST_DIR or .next.
import http from 'node:http'
import path from 'node:path'
import {parseArgs} from 'node:util'
import zlib from 'node:zlib'
import compression from 'compression'

process.env.NODE_ENV ??= 'production'
process.env.NEXT_TELEMETRY_DISABLED ??= '1'
const {default: next} = await import('next')
const {brotliAssets} = await import('../lib/http/brotli-assets.mjs')
const {addPageValidator} = await import('../lib/http/page-etag.mjs')
const {listenOnSharedPort} = await import('../lib/http/shared-port.mjs')
const {loadResponseHeaders} = await import('../lib/http/response-headers.mjs')

const {values} = parseArgs({
  options: {port: {type: 'string', short: 'p', default: process.env.PORT || '3000'}, hostname: {type: 'string', short: 'H'}},
})
const port = Number(values.port)
const hostname = values.hostname

const app = next({dev: false, dir: process.cwd(), hostname: hostname ?? 'localhost', port})
const handle = app.getRequestHandler()
await app.prepare()
const distDir = path.resolve(process.env.NEXT_DIST_DIR?.trim() || '.next')
const assets = await brotliAssets(distDir)
// The build's copy of next.config.ts's security headers, which Next itself sets only under `next dev`.
const setSecurityHeaders = loadResponseHeaders(distDir)

// Quality 5: on the largest page (/countries, 128 KB of HTML) 45 % smaller than gzip at Next's level and no slower
// (docs/performance.md). Next's own compression is off (next.config.ts `compress`), so nothing is compressed twice.
const compress = compression({brotli: {params: {[zlib.constants.BROTLI_PARAM_QUALITY]: 5}}})

/** Every request: security headers, TRACE refused, Brotli copies of build files, then Next's handler behind compression and ETags. */
function answer(req, res) {
  setSecurityHeaders(req, res)
  // TRACE has no use here, and Next's router answers it with 500 on a feed and echoes it elsewhere (Node itself refuses
  // TRACK and CONNECT).
  if (req.method === 'TRACE') {
    res.writeHead(405, {Allow: 'GET, HEAD, POST', 'Content-Type': 'text/plain; charset=utf-8'}).end('Method Not Allowed\n')
    return
  }
  if (assets.answer(req, res)) return
  compress(req, res, () => {})
  // Pages' ETags, hashed natively instead of by Next (next.config.ts `generateEtags`).
  addPageValidator(req, res)
  handle(req, res).catch((error) => {
    console.error(`Failed to handle ${req.method} ${req.url}:`, error)
    if (!res.headersSent) res.writeHead(500, {'Content-Type': 'text/plain; charset=utf-8'})
    res.end('Internal Server Error')
  })
}
// Several sockets on the port, so a burst of new connections is not accepted one per loop turn (lib/http/shared-port.mjs);
// PORTAL_LISTENERS=1 listens as `next start` does.
const listening = await listenOnSharedPort(answer, {port, hostname, count: Number(process.env.PORTAL_LISTENERS) || undefined})
console.log(
  `▲ Next.js ready on http://${hostname ?? 'localhost'}:${listening.port} (${listening.servers.length} listening sockets, ${assets.size} build files with Brotli copies)`,
)
learnStaticHeaders()

/** Asks Next once for one of its static files, so the Brotli copies go out with the same headers as the files. */
function learnStaticHeaders() {
  if (!assets.someAddress) return
  const request = http.request({host: hostname ?? 'localhost', port: listening.port, path: assets.someAddress, method: 'HEAD', headers: {'accept-encoding': 'identity'}}, (response) => {
    response.resume()
    if (response.statusCode === 200) assets.learnHeaders(response.headers)
    else console.error(`Brotli copies stay off: Next answered ${response.statusCode} for ${assets.someAddress}`)
  })
  request.on('error', (error) => console.error('Brotli copies stay off:', error.message))
  request.end()
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    listening.close()
    process.exit(0)
  })
}
