// What a browser gets for the build's scripts and styles: the Brotli copy when it accepts `br`, with Next's own headers; Next's answer otherwise.
import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises'
import http, {type IncomingHttpHeaders} from 'node:http'
import type {AddressInfo} from 'node:net'
import {tmpdir} from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {acceptsBrotli, brotliAssets, writeBrotliCopies} from './brotli-assets.mjs'

const SCRIPT = `console.log(${JSON.stringify('señal '.repeat(2000))})\n`
const STYLE = `.título{color:#123}\n`.repeat(500)
/** What the stand-in for Next sends with its static files; the copies must carry the same. */
const NEXT_HEADERS = {'cache-control': 'public, max-age=31536000, immutable', 'x-content-type-options': 'nosniff', 'content-security-policy': "default-src 'self'"}

let distDir: string
let port: number
let server: http.Server

beforeAll(async () => {
  distDir = await mkdtemp(path.join(tmpdir(), 'brotli-assets-'))
  await mkdir(path.join(distDir, 'static', 'chunks'), {recursive: true})
  await writeFile(path.join(distDir, 'static', 'chunks', 'app.js'), SCRIPT)
  await writeFile(path.join(distDir, 'static', 'chunks', 'site.css'), STYLE)
  await writeFile(path.join(distDir, 'static', 'chunks', 'notes.txt'), 'not a script')
  expect(await writeBrotliCopies(distDir)).toBe(2)
  const assets = await brotliAssets(distDir)
  assets.learnHeaders({...NEXT_HEADERS, etag: 'W/"next"', 'content-length': '1', date: 'then'})
  server = http.createServer((req, res) => {
    if (assets.answer(req, res)) return
    res.writeHead(200, {'content-type': 'text/plain', 'x-answered-by': 'next'}).end('from next')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
})

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
  await rm(distDir, {recursive: true, force: true})
})

/** A raw request, its path sent as written (fetch would decode the body and hide Content-Encoding, and a URL drops `..`). */
function get(address: string, headers: Record<string, string>, method = 'GET'): Promise<{status: number; headers: IncomingHttpHeaders; body: Buffer}> {
  return new Promise((resolve, reject) => {
    const request = http.request({host: '127.0.0.1', port, path: address, method, headers}, (answer) => {
      const chunks: Buffer[] = []
      answer.on('data', (chunk: Buffer) => chunks.push(chunk))
      answer.on('end', () => resolve({status: answer.statusCode ?? 0, headers: answer.headers, body: Buffer.concat(chunks)}))
    })
    request.on('error', reject)
    request.end()
  })
}

describe('brotliAssets', () => {
  it('sends a browser that accepts br the Brotli copy of a script or style, which decodes to the file, with the headers Next sends', async () => {
    for (const [address, text, type] of [
      ['/_next/static/chunks/app.js', SCRIPT, 'application/javascript; charset=UTF-8'],
      ['/_next/static/chunks/site.css?dpl=abc', STYLE, 'text/css; charset=UTF-8'],
    ] as const) {
      const answer = await get(address, {'accept-encoding': 'gzip, deflate, br, zstd'})
      expect(answer.status, address).toBe(200)
      expect(answer.headers['content-encoding']).toBe('br')
      expect(answer.headers['content-type']).toBe(type)
      expect(answer.headers.vary).toBe('Accept-Encoding')
      expect(Number(answer.headers['content-length'])).toBe(answer.body.length)
      expect(answer.body.length).toBeLessThan(Buffer.byteLength(text) / 5)
      expect(zlib.brotliDecompressSync(answer.body).toString()).toBe(text)
      for (const [name, value] of Object.entries(NEXT_HEADERS)) expect(answer.headers[name], name).toBe(value)
      expect(answer.headers.date).not.toBe('then')
    }
  })

  it("leaves to Next browsers without br, other files, other methods, ranges and addresses outside the build's static files", async () => {
    const cases: Array<[string, Record<string, string>, string?]> = [
      ['/_next/static/chunks/app.js', {'accept-encoding': 'gzip, deflate'}],
      ['/_next/static/chunks/app.js', {'accept-encoding': 'br;q=0, gzip'}],
      ['/_next/static/chunks/app.js', {}],
      ['/_next/static/chunks/app.js', {'accept-encoding': 'br', range: 'bytes=0-9'}],
      ['/_next/static/chunks/app.js', {'accept-encoding': 'br'}, 'POST'],
      ['/_next/static/chunks/notes.txt', {'accept-encoding': 'br'}],
      ['/_next/static/chunks/missing.js', {'accept-encoding': 'br'}],
      ['/_next/static/chunks/../chunks/app.js', {'accept-encoding': 'br'}],
      ['/_next/static/chunks/app.js.br', {'accept-encoding': 'br'}],
      ['/news', {'accept-encoding': 'br'}],
    ]
    for (const [address, headers, method] of cases) {
      const answer = await get(address, headers, method)
      expect(answer.headers['x-answered-by'], `${method ?? 'GET'} ${address} ${JSON.stringify(headers)}`).toBe('next')
      expect(answer.headers['content-encoding']).toBeUndefined()
    }
  })

  it('answers HEAD with the headers only, and a revalidation with the copy\'s ETag with 304', async () => {
    const full = await get('/_next/static/chunks/app.js', {'accept-encoding': 'br'})
    const head = await get('/_next/static/chunks/app.js', {'accept-encoding': 'br'}, 'HEAD')
    expect(head.status).toBe(200)
    expect(head.body.length).toBe(0)
    expect(head.headers['content-length']).toBe(String(full.body.length))
    expect(full.headers.etag).toMatch(/^"br-/)
    const again = await get('/_next/static/chunks/app.js', {'accept-encoding': 'br', 'if-none-match': full.headers.etag as string})
    expect(again.status).toBe(304)
    expect(again.body.length).toBe(0)
  })

  it('sends nothing itself until it knows the headers Next sends with its static files', async () => {
    const assets = await brotliAssets(distDir)
    const answered = assets.answer(
      {method: 'GET', url: '/_next/static/chunks/app.js', headers: {'accept-encoding': 'br'}} as http.IncomingMessage,
      {} as http.ServerResponse,
    )
    expect(answered).toBe(false)
  })
})

describe('acceptsBrotli', () => {
  it('reads the br coding and its weight from Accept-Encoding', () => {
    expect(acceptsBrotli('gzip, deflate, br, zstd')).toBe(true)
    expect(acceptsBrotli('BR;q=0.5')).toBe(true)
    expect(acceptsBrotli('br;q=0')).toBe(false)
    expect(acceptsBrotli('gzip, *')).toBe(false)
    expect(acceptsBrotli('brotli')).toBe(false)
    expect(acceptsBrotli(undefined)).toBe(false)
  })
})
