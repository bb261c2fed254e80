// A page Next answers whole carries a validator, so a browser or Varnish asking again with it gets a 304 and no body.
import http from 'node:http'
import {createRequire} from 'node:module'
import type {AddressInfo} from 'node:net'
import zlib from 'node:zlib'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {addPageValidator, ifNoneMatchHolds} from './page-etag.mjs'

type Middleware = (req: http.IncomingMessage, res: http.ServerResponse, next: () => void) => void
/** The compression package portal-server.mjs uses (it ships no types). */
const compression = createRequire(import.meta.url)('compression') as (options: object) => Middleware

const PAGE = `<!DOCTYPE html><html><body>${'<p>Trabajadores migrantes</p>'.repeat(400)}</body></html>`
let server: http.Server
/** Which version of /published the stand-in answers: a publish changes a page at the same address. */
let edition = 1
let origin: string

beforeAll(async () => {
  const compress = compression({brotli: {params: {[zlib.constants.BROTLI_PARAM_QUALITY]: 5}}})
  // As scripts/portal-server.mjs: compression, then the validator, then a stand-in for Next's handler.
  server = http.createServer((req, res) => {
    compress(req, res, () => {})
    addPageValidator(req, res)
    res.setHeader('Content-Type', 'text/html; charset=utf-8')
    if (req.url === '/streamed') {
      res.write(PAGE.slice(0, 100))
      res.end(PAGE.slice(100))
    } else if (req.url === '/missing') {
      res.statusCode = 404
      res.end('not here')
    } else if (req.url === '/published') {
      res.end(edition === 1 ? PAGE : `${PAGE}<p>Corrección</p>`)
    } else if (req.url === '/own') {
      res.setHeader('ETag', 'W/"own"')
      res.end(PAGE)
    } else {
      res.setHeader('Content-Length', Buffer.byteLength(PAGE))
      res.end(req.url === '/other' ? `${PAGE}.` : PAGE)
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

const get = (path: string, headers: Record<string, string> = {}, method = 'GET') => fetch(origin + path, {headers, method})

describe('page validators', () => {
  it('give a page answered whole one ETag for every encoding, and a 304 without a body to whoever holds it', async () => {
    const plain = await get('/', {'accept-encoding': 'identity'})
    const etag = plain.headers.get('etag')
    expect(etag).toMatch(/^"[\w-]{27}"$/)
    expect(await plain.text()).toBe(PAGE)
    for (const encoding of ['br', 'gzip']) {
      const compressed = await get('/', {'accept-encoding': encoding})
      expect(compressed.headers.get('content-encoding')).toBe(encoding)
      expect(compressed.headers.get('etag')).toBe(etag)
    }
    for (const ifNoneMatch of [etag!, `W/${etag}`, `"other", ${etag}`, '*']) {
      const again = await get('/', {'if-none-match': ifNoneMatch, 'accept-encoding': 'br'})
      expect(again.status, ifNoneMatch).toBe(304)
      expect(await again.text()).toBe('')
      expect(again.headers.get('etag')).toBe(etag)
    }
    expect((await get('/', {'if-none-match': '"stale"'})).status).toBe(200)
    expect((await get('/other')).headers.get('etag')).not.toBe(etag)
  })

  it('follow a page that changes at the same address: the new text, byte for byte, under a new ETag', async () => {
    const first = await get('/published', {'accept-encoding': 'identity'})
    const etag = first.headers.get('etag')
    expect(await first.text()).toBe(PAGE)
    expect((await get('/published', {'if-none-match': etag!})).status).toBe(304)
    edition = 2
    const changed = await get('/published', {'if-none-match': etag!, 'accept-encoding': 'identity'})
    expect(changed.status).toBe(200)
    expect(changed.headers.get('etag')).not.toBe(etag)
    expect(await changed.text()).toBe(`${PAGE}<p>Corrección</p>`)
  })

  it('leave streamed answers, errors, other methods and an ETag of the answer’s own as they were', async () => {
    expect((await get('/streamed')).headers.get('etag')).toBeNull()
    expect((await get('/missing')).headers.get('etag')).toBeNull()
    expect((await get('/', {}, 'POST')).headers.get('etag')).toBeNull()
    expect((await get('/own')).headers.get('etag')).toBe('W/"own"')
  })

  it('match If-None-Match weakly, in a list, or as *', () => {
    expect(ifNoneMatchHolds('W/"a", "b"', '"a"')).toBe(true)
    expect(ifNoneMatchHolds(' * ', '"a"')).toBe(true)
    expect(ifNoneMatchHolds('"ab"', '"a"')).toBe(false)
    expect(ifNoneMatchHolds(undefined, '"a"')).toBe(false)
  })
})
