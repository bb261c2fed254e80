// The webhook's purge: every Varnish named in VARNISH_PURGE_URL hears the revalidated tags; a failing one breaks nothing.
import {createServer, type IncomingMessage} from 'node:http'
import type {AddressInfo} from 'node:net'
import {afterEach, describe, expect, it, vi} from 'vitest'
import {purgeSurrogateKeys} from './http-cache-purge'

async function listen(status: number) {
  const received: Array<Pick<IncomingMessage, 'method' | 'headers'>> = []
  const server = createServer((request, response) => {
    received.push({method: request.method, headers: request.headers})
    response.writeHead(status).end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {received, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, close: () => new Promise((resolve) => server.close(resolve))}
}

afterEach(() => {
  vi.unstubAllEnvs()
  vi.restoreAllMocks()
})

describe('purgeSurrogateKeys', () => {
  it('soft-purges the tags, space-separated as xkey reads them, at every Varnish', async () => {
    const [first, second] = [await listen(200), await listen(200)]
    vi.stubEnv('VARNISH_PURGE_URL', `${first.url}, ${second.url}`)
    await purgeSurrogateKeys(['news:a-story', 'all:news', 'feeds'])
    for (const varnish of [first, second]) {
      expect(varnish.received).toEqual([
        expect.objectContaining({method: 'PURGE', headers: expect.objectContaining({'xkey-softpurge': 'news:a-story all:news feeds'})}),
      ])
      await varnish.close()
    }
  })

  it('sends nothing without VARNISH_PURGE_URL, and never throws when a Varnish refuses or is gone', async () => {
    vi.stubEnv('VARNISH_PURGE_URL', '')
    await expect(purgeSurrogateKeys(['all:news'])).resolves.toBeUndefined()
    const refusing = await listen(403)
    await refusing.close()
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    vi.stubEnv('VARNISH_PURGE_URL', refusing.url)
    await expect(purgeSurrogateKeys(['all:news'])).resolves.toBeUndefined()
    expect(error).toHaveBeenCalledTimes(1)
  })
})
