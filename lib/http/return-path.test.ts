// A return path taken from a request (?to=, ?from=) must lead back into this site, however a browser resolves it.
import {describe, expect, it} from 'vitest'
import {sameOriginReturnPath} from './return-path'

/** What a browser does with a Location header or an href: resolve it against the page's own address. */
function resolvedOrigin(location: string): string {
  return new URL(location, 'https://news.example.org/news/a').origin
}

describe('sameOriginReturnPath', () => {
  it('keeps paths on this site, with their query and fragment', () => {
    expect(sameOriginReturnPath('/news/a?page=2')).toBe('/news/a?page=2')
    expect(sameOriginReturnPath('/news?q=migraci%C3%B3n&country=mexico#results')).toBe('/news?q=migraci%C3%B3n&country=mexico#results')
    expect(sameOriginReturnPath('/')).toBe('/')
  })

  it("sends every payload of the security review home instead of to another site", () => {
    const payloads = [
      '/\t/evil.example',
      '/\t\\evil.example',
      decodeURIComponent('/%09/evil.example'),
      decodeURIComponent('/%09%5Cevil.example'),
      '/\n/evil.example',
      '/\r/evil.example',
      '/\r\nSet-Cookie: x=1',
      '/\\evil.example',
      '\\\\evil.example',
      '/\u0000/evil.example',
      '/\u007f/evil.example',
      '//evil.example',
      '///evil.example',
      '/.//evil.example',
      '/..//evil.example',
      '/%2e%2e//evil.example',
      '/a/..//evil.example',
      'https://evil.example/',
      'HTTPS://evil.example/',
      'javascript:alert(1)',
      'data:text/html,x',
      'evil.example',
      'news',
      '',
      null,
      undefined,
      `/${'a'.repeat(2001)}`,
    ]
    for (const payload of payloads) {
      const path = sameOriginReturnPath(payload)
      expect(path, JSON.stringify(payload)).toBe('/')
    }
  })

  it('percent-encodes non-Latin-1 characters, so the path fits in a Location header and stays on this site', () => {
    for (const payload of ['/\u3002', '/news?q=\u3002', '/\uff0f\uff0fevil.example', '/\u2028/evil.example', '/ü']) {
      const path = sameOriginReturnPath(payload)
      expect(path, JSON.stringify(payload)).toMatch(/^\/[\x21-\x7e]*$/)
      expect(path.startsWith('//')).toBe(false)
      expect(resolvedOrigin(path)).toBe('https://news.example.org')
      expect(() => new Headers({location: path})).not.toThrow()
    }
    expect(sameOriginReturnPath('/\u3002')).toBe('/%E3%80%82')
  })

  it('only takes paths: an absolute address goes home even when it names this site', () => {
    const origin = new URL(process.env.NEXT_PUBLIC_SITE_URL?.trim() || 'http://localhost:3000').origin
    expect(sameOriginReturnPath(`${origin}/countries/mexico?page=2`)).toBe('/')
    expect(sameOriginReturnPath('/countries/mexico?page=2')).toBe('/countries/mexico?page=2')
  })
})
