// Invented addresses leave nothing on disk (security review 2026-12-05, N6): a 404 or a redirect is kept in Next's
// bounded in-memory LRU only, while a real page is written as before.
import {mkdtempSync, promises as fs, readdirSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import PageCacheHandler from './page-cache-handler.mjs'

function filesUnder(dir: string): string[] {
  return readdirSync(dir, {recursive: true, withFileTypes: true}).filter((entry) => entry.isFile()).map((entry) => entry.name)
}

function handler() {
  const serverDistDir = mkdtempSync(path.join(tmpdir(), 'page-cache-'))
  const cacheFs = {
    readFile: (file: string) => fs.readFile(file),
    readFileSync: () => Buffer.alloc(0),
    writeFile: (file: string, data: string | Buffer) => fs.writeFile(file, data),
    mkdir: (dir: string) => fs.mkdir(dir, {recursive: true}),
    stat: (file: string) => fs.stat(file),
  }
  const cache = new PageCacheHandler({fs: cacheFs, serverDistDir, flushToDisk: true, maxMemoryCacheSize: 1024 * 1024, revalidatedTags: []} as never)
  return {cache, serverDistDir}
}

function appPage(status: number) {
  return {kind: 'APP_PAGE', html: '<html>page</html>', rscData: Buffer.from('0:{}'), status, headers: {'x-next-cache-tags': 'all:news'}, postponed: undefined, segmentData: undefined}
}

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
})
