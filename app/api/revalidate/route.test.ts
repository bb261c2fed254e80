// The webhook route refuses every call that is not correctly signed, and every call when no secret is configured.
import {encodeSignatureHeader} from '@sanity/webhook'
import {afterEach, describe, expect, it, vi} from 'vitest'

const BODY = JSON.stringify({_id: 'newsItem.a', _type: 'newsItem', slug: {before: 'a', after: 'a'}})

function webhook(body: string, signature?: string) {
  return new Request('http://localhost/api/revalidate', {
    method: 'POST',
    body,
    headers: {'content-type': 'application/json', ...(signature ? {'sanity-webhook-signature': signature} : {})},
  })
}

async function freshRoute() {
  vi.resetModules()
  return import('./route')
}

afterEach(() => {
  vi.unstubAllEnvs()
  vi.restoreAllMocks()
})

describe('POST /api/revalidate', () => {
  it('without SANITY_REVALIDATE_SECRET refuses even a signed call with 401 and logs the misconfiguration once', async () => {
    vi.stubEnv('SANITY_REVALIDATE_SECRET', '')
    const log = vi.spyOn(console, 'error').mockImplementation(() => {})
    const {POST} = await freshRoute()
    const signed = await encodeSignatureHeader(BODY, Date.now(), 'anything')
    const first = await POST(webhook(BODY, signed))
    const second = await POST(webhook(BODY))
    expect(first.status).toBe(401)
    expect(second.status).toBe(401)
    expect(await first.json()).toEqual(await second.json())
    expect(log).toHaveBeenCalledTimes(1)
    expect(String(log.mock.calls[0]?.[0])).toContain('SANITY_REVALIDATE_SECRET')
  })

  it('with a secret, answers 401 to unsigned, wrongly signed, tampered and garbled calls', async () => {
    vi.stubEnv('SANITY_REVALIDATE_SECRET', 'the-secret')
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const {POST} = await freshRoute()
    const good = await encodeSignatureHeader(BODY, Date.now(), 'the-secret')
    const calls = [
      webhook(BODY),
      webhook(BODY, await encodeSignatureHeader(BODY, Date.now(), 'wrong')),
      webhook(BODY.replace('"a"', '"b"'), good),
      webhook(BODY, 'nonsense'),
      webhook('not json at all', good),
    ]
    for (const call of calls) expect((await POST(call)).status).toBe(401)
  })

  it('answers 401 to a correctly signed call replayed more than five minutes after it was signed', async () => {
    vi.stubEnv('SANITY_REVALIDATE_SECRET', 'the-secret')
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const {POST} = await freshRoute()
    const captured = await encodeSignatureHeader(BODY, Date.now() - 10 * 60_000, 'the-secret')
    const response = await POST(webhook(BODY, captured))
    expect(response.status).toBe(401)
    expect(await response.json()).toEqual({message: 'Invalid signature'})
  })

  it('answers 400, not 500, to a correctly signed body that is not JSON or not the documented projection', async () => {
    vi.stubEnv('SANITY_REVALIDATE_SECRET', 'the-secret')
    const {POST} = await freshRoute()
    for (const body of ['{"_id": ', '{"hello": "world"}']) {
      const response = await POST(webhook(body, await encodeSignatureHeader(body, Date.now(), 'the-secret')))
      expect(response.status, body).toBe(400)
    }
  }, 20_000)
})

describe('POST /api/revalidate with a body larger than any webhook', () => {
  it('answers 413 after reading no more than the limit, even when the sender declares no length', async () => {
    vi.stubEnv('SANITY_REVALIDATE_SECRET', 'the-secret')
    const {POST} = await freshRoute()
    const chunk = new Uint8Array(16 * 1024).fill(0x20)
    let sent = 0
    // Ten megabytes offered chunk by chunk, as a slow upload would: the route must stop pulling long before the end.
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= 10 * 1024 * 1024) return controller.close()
        sent += chunk.byteLength
        controller.enqueue(chunk)
      },
    })
    const request = new Request('http://localhost/api/revalidate', {
      method: 'POST',
      body,
      duplex: 'half',
      headers: {'content-type': 'application/json', 'sanity-webhook-signature': await encodeSignatureHeader('{}', Date.now(), 'the-secret')},
    } as RequestInit)
    const response = await POST(request)
    expect(response.status).toBe(413)
    expect(sent).toBeLessThanOrEqual(128 * 1024)
  })

  it('answers 413 at once to a declared length over the limit', async () => {
    vi.stubEnv('SANITY_REVALIDATE_SECRET', 'the-secret')
    const {POST} = await freshRoute()
    const request = new Request('http://localhost/api/revalidate', {
      method: 'POST',
      body: 'x'.repeat(70 * 1024),
      headers: {'content-length': String(70 * 1024)},
    })
    expect((await POST(request)).status).toBe(413)
  })
})
