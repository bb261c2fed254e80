// Invented addresses leave nothing on disk (security review 2026-12-05, N6) and take no memory from real pages (issue
// 21): a 404 or a redirect is kept in a small store of its own, while a real page is written and kept as before.
import {existsSync, mkdtempSync, promises as fs, readdirSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {routeLifetimes} from '../next-internals/cache.mjs'
import PageCacheHandler, {NOT_THE_PAGE_ENTRIES} from './page-cache-handler.mjs'

function filesUnder(dir: string): string[] {
  return readdirSync(dir, {recursive: true, withFileTypes: true}).filter((entry) => entry.isFile()).map((entry) => entry.name)
}

function handler({flushToDisk = true}: {flushToDisk?: boolean} = {}) {
  const serverDistDir = mkdtempSync(path.join(tmpdir(), 'page-cache-'))
  const cacheFs = {
    readFile: (file: string) => fs.readFile(file),
    readFileSync: () => Buffer.alloc(0),
    existsSync: (file: string) => existsSync(file),
    writeFile: (file: string, data: string | Buffer) => fs.writeFile(file, data),
    mkdir: (dir: string) => fs.mkdir(dir, {recursive: true}),
    stat: (file: string) => fs.stat(file),
  }
  const cache = new PageCacheHandler({fs: cacheFs, serverDistDir, flushToDisk, maxMemoryCacheSize: 1024 * 1024, revalidatedTags: []} as never)
  return {cache, serverDistDir}
}

function appPage(status: number, {html = '<html>page</html>', rscData = Buffer.from('0:{}'), tags = 'all:news'} = {}) {
  return {kind: 'APP_PAGE', html, rscData, status, headers: {'x-next-cache-tags': tags}, postponed: undefined, segmentData: undefined}
}

const pageContext = {kind: 'APP_PAGE', isRoutePPREnabled: false, isFallback: false} as never

const context = {cacheControl: {revalidate: 60, expire: 300}, isRoutePPREnabled: false, isFallback: false}

describe('the page cache', () => {
  it('writes a real page to disk', async () => {
    const {cache, serverDistDir} = handler()
    await cache.set('/route-cache/APP_PAGE/x/$/en/news/real', appPage(200) as never, context as never)
    expect(filesUnder(serverDistDir).length).toBeGreaterThan(0)
  })

  it('writes no file for 200 invented addresses (404s and redirects), and still answers them from memory', async () => {
    const {cache, serverDistDir} = handler()
    for (let i = 0; i < 100; i++) {
      await cache.set(`/route-cache/APP_PAGE/x/$/en/news/zz-${i}`, appPage(404) as never, context as never)
      await cache.set(`/route-cache/APP_PAGE/x/$/en/countries/mexico/page/${900_000 + i}`, appPage(307) as never, context as never)
    }
    await cache.set('/route-cache/APP_ROUTE/x/$/en/news/zz/og-image', {kind: 'APP_ROUTE', body: Buffer.from('Not found'), status: 404, headers: {}} as never, context as never)
    expect(filesUnder(serverDistDir)).toEqual([])
    const kept = await cache.get('/route-cache/APP_PAGE/x/$/en/news/zz-99', {kind: 'APP_PAGE', isRoutePPREnabled: false, isFallback: false} as never)
    expect((kept?.value as {status?: number} | undefined)?.status).toBe(404)
  })

  it('keeps a real page in memory however many invented addresses are asked for', async () => {
    // Pages only in memory (as in the cluster, PAGE_CACHE_TO_DISK=off): a page pushed out of memory is rendered again.
    const {cache} = handler({flushToDisk: false})
    await cache.set('/route-cache/APP_PAGE/x/$/en/news/kept', appPage(200) as never, context as never)
    // Each 404 page about 20 KB: 500 of them are ten times the 1 MB memory LRU of these tests.
    for (let i = 0; i < 500; i++) await cache.set(`/route-cache/APP_PAGE/x/$/en/news/probe-${i}`, appPage(404, {html: 'x'.repeat(20_000)}) as never, context as never)
    const page = await cache.get('/route-cache/APP_PAGE/x/$/en/news/kept', pageContext)
    expect((page?.value as {status?: number} | undefined)?.status).toBe(200)
  })

  it(`keeps the last ${NOT_THE_PAGE_ENTRIES} invented answers, and Next's table of lifetimes keeps no more of them`, async () => {
    const {cache} = handler()
    const keys = Array.from({length: NOT_THE_PAGE_ENTRIES + 200}, (_, i) => `/route-cache/APP_PAGE/x/$/en/news/lifetime-${i}`)
    for (const key of keys) {
      // As Next's incremental cache does before every write: it records the address's lifetime, for good.
      routeLifetimes.set(key, context.cacheControl)
      await cache.set(key, appPage(404) as never, context as never)
    }
    expect(keys.filter((key) => routeLifetimes.has(key)).length).toBeLessThanOrEqual(NOT_THE_PAGE_ENTRIES)
    expect(await cache.get(keys.at(-1)!, pageContext)).toBeTruthy()
    expect(await cache.get(keys[0]!, pageContext)).toBeNull()
  })

  it('stops answering a kept 404 once an item is published at its address (its tag expired)', async () => {
    const {cache} = handler()
    const key = '/route-cache/APP_PAGE/x/$/en/news/published-later'
    await cache.set(key, appPage(404, {tags: 'unknown:news'}) as never, context as never)
    expect(await cache.get(key, pageContext)).toBeTruthy()
    await new Promise((resolve) => setTimeout(resolve, 5))
    await cache.revalidateTag('unknown:news', undefined as never)
    expect(await cache.get(key, pageContext)).toBeNull()
  })

  it('answers with the page once an address that redirected renders the page (Sanity back after an outage)', async () => {
    const {cache} = handler({flushToDisk: false})
    const key = '/route-cache/APP_PAGE/x/$/en/news/back-after-outage'
    await cache.set(key, appPage(307) as never, context as never)
    await cache.set(key, appPage(200) as never, context as never)
    expect(((await cache.get(key, pageContext))?.value as {status?: number} | undefined)?.status).toBe(200)
  })

  it('keeps a rendered page in buffers of its own size, not in views of the larger chunks it was streamed in', async () => {
    const {cache} = handler({flushToDisk: false})
    const streamed = Buffer.alloc(64 * 1024, 'a')
    streamed.write('0:{"page":1}', 1000)
    const rscData = streamed.subarray(1000, 1012)
    await cache.set('/route-cache/APP_PAGE/x/$/en/news/compact', appPage(200, {rscData}) as never, context as never)
    const kept = (await cache.get('/route-cache/APP_PAGE/x/$/en/news/compact', pageContext))?.value as {rscData?: Buffer} | undefined
    expect(kept?.rscData?.toString()).toBe('0:{"page":1}')
    expect(kept?.rscData?.buffer.byteLength).toBe(12)
  })
})
