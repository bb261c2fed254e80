// Validators for pages Next answers whole from its cache, hashed natively: Next's own (`generateEtags`) hashes every
// character of each page in JavaScript, 40 % of the server's time when it answered a cached home page under load.
import {hash} from 'node:crypto'
import {LRUCache} from 'mnemonist'

/**
 * The last page text answered at each of the busiest addresses, with its UTF-8 bytes and hash. Next answers a cached
 * page with the same string each time, so comparing it costs nothing, and encoding (twice: for the hash, then for the
 * socket) and hashing a 47 KB page took a fifth of the server's time per request (docs/performance.md).
 */
const recentPages = new LRUCache(64)

/** A page's bytes and strong ETag, made once per address and text. */
function pageBytes(address, text) {
  const known = recentPages.get(address)
  if (known?.text === text) return known
  const bytes = Buffer.from(text, 'utf8')
  const page = {text, bytes, etag: `"${hash('sha1', bytes, 'base64url')}"`}
  recentPages.set(address, page)
  return page
}

/** Whether an If-None-Match value holds an ETag: `*`, or one of its tags, compared weakly as RFC 9110 asks for it. */
export function ifNoneMatchHolds(header, etag) {
  if (!header) return false
  if (header.trim() === '*') return true
  const opaque = (tag) => tag.trim().replace(/^W\//, '')
  return header.split(',').some((tag) => opaque(tag) === opaque(etag))
}

/**
 * Gives a successful GET answered in one `end` with its whole body (as Next sends a page from its cache; streamed
 * renders get none, as from Next) a strong ETag, a SHA-1 of the body, unless the answer has one; and answers 304,
 * without a body, when the request's If-None-Match holds it. Install after the compression layer, so the hash is of
 * the page itself and the same for every encoding, as Next's was.
 */
export function addPageValidator(req, res) {
  if (req.method !== 'GET') return
  const end = res.end
  res.end = function endWithValidator(chunk, encoding, callback) {
    if (typeof encoding === 'function') [encoding, callback] = [undefined, encoding]
    const text = typeof chunk === 'string' && (typeof encoding !== 'string' || /^utf-?8$/i.test(encoding))
    if ((text || Buffer.isBuffer(chunk)) && chunk.length > 0 && res.statusCode === 200 && !res.headersSent && !res.hasHeader('ETag')) {
      // A text is sent as the bytes that were hashed, so it is not encoded again on its way to the socket.
      const page = text ? pageBytes(`${req.headers.rsc ?? ''} ${req.url}`, chunk) : undefined
      const etag = page?.etag ?? `"${hash('sha1', chunk, 'base64url')}"`
      if (page) [chunk, encoding] = [page.bytes, undefined]
      res.setHeader('ETag', etag)
      if (ifNoneMatchHolds(req.headers['if-none-match'], etag)) {
        res.statusCode = 304
        for (const name of ['Content-Length', 'Content-Type']) res.removeHeader(name)
        return end.call(this, undefined, undefined, callback)
      }
    }
    return end.call(this, chunk, encoding, callback)
  }
}
