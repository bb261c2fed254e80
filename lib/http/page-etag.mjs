// Validators for pages Next answers whole from its cache, hashed natively: Next's own (`generateEtags`) hashes every
// character of each page in JavaScript, 40 % of the server's time when it answered a cached home page under load.
import {hash} from 'node:crypto'

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
    const whole = typeof chunk === 'string' || Buffer.isBuffer(chunk)
    if (whole && chunk.length > 0 && res.statusCode === 200 && !res.headersSent && !res.hasHeader('ETag')) {
      const etag = `"${hash('sha1', chunk, 'base64url')}"`
      res.setHeader('ETag', etag)
      if (ifNoneMatchHolds(req.headers['if-none-match'], etag)) {
        res.statusCode = 304
        for (const name of ['Content-Length', 'Content-Type']) res.removeHeader(name)
        return end.call(this, undefined, undefined, typeof encoding === 'function' ? encoding : callback)
      }
    }
    return end.call(this, chunk, encoding, callback)
  }
}
