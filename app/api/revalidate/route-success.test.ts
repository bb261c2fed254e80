// The webhook route's success path: a correctly signed change revalidates its tags (at once or in the background, as
// the invalidation model says) and soft-purges the same tags at a real HTTP server standing in for Varnish.
import {createServer, type IncomingHttpHeaders} from 'node:http'
import type {AddressInfo} from 'node:net'
import {encodeSignatureHeader} from '@sanity/webhook'
import {afterEach, describe, expect, it, vi} from 'vitest'

const revalidateTag = vi.hoisted(() => vi.fn())
vi.mock('next/cache', async (importOriginal) => ({...(await importOriginal<typeof import('next/cache')>()), revalidateTag}))
// The alerts' part of the route reads the item from Sanity and writes the database: tested in lib/alerts/; here only
// that the route hands it the changed item.
const itemChanged = vi.hoisted(() => vi.fn(async () => undefined))
vi.mock('@/lib/alerts/publish', () => ({itemChanged, refreshLabels: vi.fn(async () => undefined)}))

async function varnish() {
  const purges: IncomingHttpHeaders[] = []
  const server = createServer((request, response) => {
    if (request.method === 'PURGE') purges.push(request.headers)
    response.writeHead(200).end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {purges, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, close: () => new Promise((resolve) => server.close(resolve))}
}

async function signedCall(body: string) {
  const {POST} = await import('./route')
  const signature = await encodeSignatureHeader(body, Date.now(), 'the-secret')
  return POST(new Request('http://localhost/api/revalidate', {method: 'POST', body, headers: {'content-type': 'application/json', 'sanity-webhook-signature': signature}}))
}

afterEach(() => {
  vi.unstubAllEnvs()
  revalidateTag.mockClear()
})

describe('POST /api/revalidate, correctly signed', () => {
  it('revalidates a renamed item’s tags, expiring the address it left at once, and purges them at Varnish', async () => {
    const cache = await varnish()
    vi.stubEnv('SANITY_REVALIDATE_SECRET', 'the-secret')
    vi.stubEnv('VARNISH_PURGE_URL', cache.url)
    const response = await signedCall(JSON.stringify({_id: 'newsItem-a', _type: 'newsItem', slug: {before: 'old-slug', after: 'new-slug'}}))
    expect(response.status).toBe(200)
    expect(itemChanged).toHaveBeenCalledWith('newsItem-a')
    const answer = (await response.json()) as {revalidated: string[]; document: unknown}
    expect(answer.revalidated.sort()).toEqual(['all:news', 'news:old-slug', 'unknown:news'])
    expect(answer.document).toEqual({id: 'newsItem-a', type: 'newsItem'})
    expect(revalidateTag.mock.calls.sort()).toEqual([
      ['all:news', 'max'],
      ['news:old-slug', {expire: 0}],
      ['unknown:news', {expire: 0}],
    ])
    expect(cache.purges).toHaveLength(1)
    expect(String(cache.purges[0]?.['xkey-softpurge']).split(' ').sort()).toEqual(['all:news', 'news:old-slug', 'unknown:news'])
    await cache.close()
  }, 20_000)

  it('acknowledges a change to a document type the site does not show, and revalidates nothing', async () => {
    vi.stubEnv('SANITY_REVALIDATE_SECRET', 'the-secret')
    const response = await signedCall(JSON.stringify({_id: 'image-a', _type: 'sanity.imageAsset'}))
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({revalidated: [], ignored: 'sanity.imageAsset'})
    expect(revalidateTag).not.toHaveBeenCalled()
  }, 20_000)
})
