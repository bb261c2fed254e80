// The webhook's purge: every Varnish named in VARNISH_PURGE_URL hears the revalidated tags; a failing one breaks nothing.
import {createServer, type IncomingMessage} from 'node:http'
import type {AddressInfo} from 'node:net'
import {afterEach, describe, expect, it, vi} from 'vitest'
import {purgeSurrogateKeys} from './cache-purge'

async function listen(status: number) {
  const received: Array<Pick<IncomingMessage, 'method' | 'headers'>> = []
  const server = createServer((request, response) => {
    received.push({method: request.method, headers: request.headers})
    response.writeHead(status).end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {received, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, close: () => new Promise((resolve) => server.close(resolve))}
}

/** The module afresh: it logs a failed purge once per process. */
async function freshModule() {
  vi.resetModules()
  return import('./cache-purge')
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

  it('sends nothing without VARNISH_PURGE_URL', async () => {
    const varnish = await listen(200)
    vi.stubEnv('VARNISH_PURGE_URL', '')
    await expect(purgeSurrogateKeys(['all:news'])).resolves.toBeUndefined()
    expect(varnish.received).toEqual([])
    await varnish.close()
  })

  it('never throws when a Varnish refuses the purge (403), and logs its status once', async () => {
    const {purgeSurrogateKeys: purge} = await freshModule()
    const refusing = await listen(403)
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    vi.stubEnv('VARNISH_PURGE_URL', refusing.url)
    await expect(purge(['all:news'])).resolves.toBeUndefined()
    await expect(purge(['all:news'])).resolves.toBeUndefined()
    expect(refusing.received).toHaveLength(2)
    expect(error).toHaveBeenCalledTimes(1)
    expect(String(error.mock.calls[0]?.[0])).toContain('status 403')
    await refusing.close()
  })

  it('never throws when a Varnish is gone, and logs it once', async () => {
    const {purgeSurrogateKeys: purge} = await freshModule()
    const gone = await listen(200)
    await gone.close()
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    vi.stubEnv('VARNISH_PURGE_URL', gone.url)
    await expect(purge(['all:news'])).resolves.toBeUndefined()
    expect(error).toHaveBeenCalledTimes(1)
    expect(String(error.mock.calls[0]?.[0])).not.toContain('status')
  })
})
