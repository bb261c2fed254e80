// Brotli copies of the build's scripts, styles and SVG images (flags), written once at build time and sent to browsers that accept `br`:
// Next only gzips, and strips Content-Encoding from anything a proxy or route hands it (docs/performance.md).
import {readdir, readFile, stat, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {promisify} from 'node:util'
import zlib from 'node:zlib'

const brotliCompress = promisify(zlib.brotliCompress)

/** The build's files worth a copy (text), by extension, with the type Next's own static serving gives them. */
const CONTENT_TYPES = {'.js': 'application/javascript; charset=UTF-8', '.css': 'text/css; charset=UTF-8', '.svg': 'image/svg+xml'}
const URL_PREFIX = '/_next/static/'
/** Next's static answers carry these per file; everything else it sends with them applies to the copies too. */
const PER_FILE_HEADERS = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length', 'content-type', 'content-encoding', 'etag', 'last-modified', 'accept-ranges', 'vary'])

async function filesUnder(dir) {
  const entries = await readdir(dir, {withFileTypes: true, recursive: true}).catch(() => [])
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name))
}

/**
 * Writes `<file>.br` beside every script, style and SVG image under `<distDir>/static`, at Brotli's best quality (the files never
 * change once built, so the slow setting is paid once). Runs after Next's compile (`compiler.runAfterProductionCompile`).
 */
export async function writeBrotliCopies(distDir, {concurrency = 4} = {}) {
  const files = (await filesUnder(path.join(distDir, 'static'))).filter((file) => path.extname(file) in CONTENT_TYPES)
  let next = 0
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++]
      const body = await readFile(file)
      const params = {[zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length}
      await writeFile(`${file}.br`, await brotliCompress(body, {params}))
    }
  }
  await Promise.all(Array.from({length: concurrency}, worker))
  return files.length
}

/** Whether an Accept-Encoding header accepts Brotli (`br`, with no `q=0`). */
export function acceptsBrotli(header) {
  if (typeof header !== 'string') return false
  return header.split(',').some((part) => {
    const [coding, ...params] = part.split(';').map((piece) => piece.trim())
    if (coding.toLowerCase() !== 'br') return false
    const quality = params.find((param) => param.toLowerCase().startsWith('q='))
    return quality === undefined || Number(quality.slice(2)) > 0
  })
}

/** The path part of a request's address, or null for one that is not a plain absolute path. */
function requestPath(url) {
  if (typeof url !== 'string' || !url.startsWith('/')) return null
  const end = url.search(/[?#]/)
  return end === -1 ? url : url.slice(0, end)
}

/**
 * Answers requests for the build's scripts, styles and SVG images with their Brotli copies. `answer(req, res)` returns false for
 * anything it leaves to Next: other addresses, files without a copy, other methods, ranges, browsers without `br`,
 * and every request before `learnHeaders` has been given the headers Next sends with its static files (security
 * headers, caching), so a copy never goes out with fewer headers than the file itself.
 */
export async function brotliAssets(distDir) {
  const staticDir = path.join(distDir, 'static')
  const copies = new Map()
  for (const file of await filesUnder(staticDir)) {
    if (!file.endsWith('.br')) continue
    const original = file.slice(0, -'.br'.length)
    const type = CONTENT_TYPES[path.extname(original)]
    if (!type) continue
    const {size, mtimeMs} = await stat(file)
    const address = URL_PREFIX + path.relative(staticDir, original).split(path.sep).join('/')
    // Like Next's own (size and time of the file), marked as the copy's: it never matches the original's ETag.
    const etag = `"br-${size.toString(16)}-${Math.floor(mtimeMs).toString(16)}"`
    copies.set(address, {file, type, size, etag, body: null})
  }
  let sharedHeaders = null

  return {
    /** How many copies there are (for the start-up line and tests). */
    size: copies.size,
    /** One address that has a copy, for learning Next's headers. */
    someAddress: copies.keys().next().value ?? null,
    learnHeaders(headers) {
      sharedHeaders = Object.fromEntries(Object.entries(headers).filter(([name]) => !PER_FILE_HEADERS.has(name.toLowerCase())))
    },
    answer(req, res) {
      if (!sharedHeaders || (req.method !== 'GET' && req.method !== 'HEAD') || req.headers.range) return false
      const copy = copies.get(requestPath(req.url))
      if (!copy || !acceptsBrotli(req.headers['accept-encoding'])) return false
      const headers = {...sharedHeaders, 'Content-Type': copy.type, 'Content-Encoding': 'br', Vary: 'Accept-Encoding', ETag: copy.etag}
      if (req.headers['if-none-match'] === copy.etag) {
        res.writeHead(304, headers).end()
        return true
      }
      res.writeHead(200, {...headers, 'Content-Length': copy.size})
      if (req.method === 'HEAD') {
        res.end()
        return true
      }
      if (copy.body) {
        res.end(copy.body)
        return true
      }
      readFile(copy.file).then(
        (body) => {
          copy.body = body
          res.end(body)
        },
        () => res.destroy(),
      )
      return true
    },
  }
}
