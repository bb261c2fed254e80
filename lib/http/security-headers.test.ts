// Which headers each kind of address ends up with, as the portal's server sets them from these rules (lib/http/response-headers.mjs).
import type {IncomingMessage, ServerResponse} from 'node:http'
import {afterEach, describe, expect, it, vi} from 'vitest'
import {compileResponseHeaders} from './response-headers.mjs'
import {feedContentSecurityPolicy, securityHeaders, siteContentSecurityPolicy, studioContentSecurityPolicy} from './security-headers'

/** The headers of a request for an address, set as the portal's server sets them: a later rule's value replaces an earlier one's. */
function headersFor(address: string, requestHeaders: Record<string, string> = {}): Map<string, string> {
  const headers = new Map<string, string>()
  const response = {setHeader: (name: string, value: string) => headers.set(name.toLowerCase(), value)}
  compileResponseHeaders(securityHeaders())({url: address, headers: requestHeaders} as IncomingMessage, response as unknown as ServerResponse)
  return headers
}

describe('securityHeaders', () => {
  it('gives feeds a policy that lets nothing run, which the site policy does not replace', () => {
    for (const path of ['/feed.xml', '/news/feed.xml', '/countries/mexico/feed.xml', '/topics/covid-19/feed.xml']) {
      expect(headersFor(path).get('content-security-policy'), path).toBe(feedContentSecurityPolicy)
    }
    expect(feedContentSecurityPolicy).toBe("default-src 'none'; sandbox")
    expect(headersFor('/news').get('content-security-policy')).toBe(siteContentSecurityPolicy)
  })

  it('isolates pages from other windows and origins, keeps the Studio able to use its sign-in windows, and lets share images be embedded', () => {
    expect(headersFor('/news').get('cross-origin-opener-policy')).toBe('same-origin')
    expect(headersFor('/news').get('cross-origin-resource-policy')).toBe('same-origin')
    expect(headersFor('/studio/structure').get('cross-origin-opener-policy')).toBe('same-origin-allow-popups')
    expect(headersFor('/studio').get('content-security-policy')).toBe(studioContentSecurityPolicy)
    expect(headersFor('/news/some-item/og-image').get('cross-origin-resource-policy')).toBe('cross-origin')
  })

  it("keeps answers to Next's client router out of shared caches, but not the build's files or plain page requests", () => {
    expect(headersFor('/news', {rsc: '1'}).get('cache-control')).toBe('private, no-store')
    expect(headersFor('/news?_rsc=abc').get('cache-control')).toBe('private, no-store')
    expect(headersFor('/news').get('cache-control')).toBeUndefined()
    expect(headersFor('/_next/static/chunks/main.js', {rsc: '1'}).get('cache-control')).toBeUndefined()
  })
})

describe('the site policy’s connect-src', () => {
  afterEach(() => {
    vi.unstubAllEnvs()
    vi.resetModules()
  })

  async function connectSources(env: Record<string, string>): Promise<string[]> {
    for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value)
    vi.resetModules()
    const {siteContentSecurityPolicy: policy} = await import('./security-headers')
    return policy.match(/connect-src ([^;]*)/)![1]!.split(' ')
  }

  it('lets pages reach the project’s API in Sanity mode (Sanity Live’s event stream), and nothing else', async () => {
    expect(await connectSources({NEXT_PUBLIC_SANITY_PROJECT_ID: 'abc123', SANITY_API_HOST: ''})).toEqual(["'self'", 'https://abc123.api.sanity.io'])
    expect(await connectSources({NEXT_PUBLIC_SANITY_PROJECT_ID: 'abc123', SANITY_API_HOST: 'http://127.0.0.1:3102/'})).toEqual(["'self'", 'http://127.0.0.1:3102'])
  })

  it('keeps pages to their own origin in local mode', async () => {
    expect(await connectSources({NEXT_PUBLIC_SANITY_PROJECT_ID: '', SANITY_API_HOST: ''})).toEqual(["'self'"])
  })
})
