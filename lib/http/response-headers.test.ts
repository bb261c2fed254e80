// The portal's server sets header rules as Next applied next.config.ts `headers()`: by path and conditions, in order, from the build's copy.
import {mkdtempSync} from 'node:fs'
import type {IncomingMessage, ServerResponse} from 'node:http'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {compileResponseHeaders, loadResponseHeaders, writeResponseHeaders, type HeaderRule} from './response-headers.mjs'

function headersSet(rules: HeaderRule[], address: string, requestHeaders: Record<string, string> = {}): Record<string, string> {
  const headers: Record<string, string> = {}
  const response = {setHeader: (name: string, value: string) => (headers[name] = value)}
  compileResponseHeaders(rules)({url: address, headers: requestHeaders} as IncomingMessage, response as unknown as ServerResponse)
  return headers
}

const rules: HeaderRule[] = [
  {source: '/:path*', headers: [{key: 'X-Policy', value: "default-src 'self'; img-src data: https:"}]},
  {source: '/studio/:path*', headers: [{key: 'X-Policy', value: 'studio'}]},
  {source: '/:path+/feed.xml', headers: [{key: 'X-Feed', value: 'yes'}]},
  {source: '/:path((?!_next/).*)', has: [{type: 'header', key: 'RSC'}], headers: [{key: 'Cache-Control', value: 'private, no-store'}]},
  {source: '/:path((?!_next/).*)', has: [{type: 'query', key: '_rsc'}], headers: [{key: 'Cache-Control', value: 'private, no-store'}]},
]

describe('compileResponseHeaders', () => {
  it('sets every matching rule in order, a later value replacing an earlier one, values with colons as written', () => {
    expect(headersSet(rules, '/')).toEqual({'X-Policy': "default-src 'self'; img-src data: https:"})
    expect(headersSet(rules, '/studio/structure')).toEqual({'X-Policy': 'studio'})
    expect(headersSet(rules, '/news/feed.xml?x=1')).toEqual({'X-Policy': "default-src 'self'; img-src data: https:", 'X-Feed': 'yes'})
  })

  it('matches the path as Next parses it: alone, case-insensitively, with a trailing slash, dot segments resolved', () => {
    expect(headersSet(rules, '/STUDIO/structure/')['X-Policy']).toBe('studio')
    expect(headersSet(rules, '/news?next=/studio/x')['X-Policy']).not.toBe('studio')
    expect(headersSet(rules, '/feed.xml')['X-Feed']).toBeUndefined()
    // Next serves the home page at /studio/.. and the Studio at /x/../studio/x: each gets its own page's headers.
    expect(headersSet(rules, '/studio/..')['X-Policy']).not.toBe('studio')
    expect(headersSet(rules, '/x/../studio/structure')['X-Policy']).toBe('studio')
  })

  it('applies a rule with conditions only when the request has that header or query parameter, with a value, as Next does', () => {
    expect(headersSet(rules, '/news', {rsc: '1'})['Cache-Control']).toBe('private, no-store')
    expect(headersSet(rules, '/news?_rsc=1')['Cache-Control']).toBe('private, no-store')
    expect(headersSet(rules, '/news?rsc=1')['Cache-Control']).toBeUndefined()
    expect(headersSet(rules, '/news?_rsc=')['Cache-Control']).toBeUndefined()
    expect(headersSet(rules, '/news', {rsc: ''})['Cache-Control']).toBeUndefined()
    expect(headersSet(rules, '/_next/static/a.js', {rsc: '1'})['Cache-Control']).toBeUndefined()
  })

  it('sets nothing for an address Next cannot parse, rather than fail the request', () => {
    expect(headersSet(rules, 'http://[')).toEqual({})
  })

  it('refuses a rule whose header uses a path parameter, which Next would fill in', () => {
    const withParameter = [{source: '/news/:slug', headers: [{key: 'Link', value: '</news/:slug>; rel=canonical'}]}]
    expect(() => compileResponseHeaders(withParameter)).toThrow(/not supported/)
  })
})

describe('a build’s copy of the rules', () => {
  it('is read back as written, and a build without one is named with what to do', () => {
    const distDir = mkdtempSync(path.join(tmpdir(), 'response-headers-'))
    expect(() => loadResponseHeaders(distDir)).toThrow(/build again with `next build`/)
    writeResponseHeaders(distDir, rules)
    const headers: Record<string, string> = {}
    loadResponseHeaders(distDir)({url: '/studio/x', headers: {}} as IncomingMessage, {setHeader: (name: string, value: string) => (headers[name] = value)} as unknown as ServerResponse)
    expect(headers).toEqual({'X-Policy': 'studio'})
  })
})
