// The 503 page's "Try again" link leads back to the page the reader asked for, on this site only.
import {describe, expect, it} from 'vitest'
import {GET} from './route'

async function tryAgainHref(from: string): Promise<string> {
  const response = await GET(new Request(`https://news.example.org/content-unavailable?from=${from}`), {params: Promise.resolve({locale: 'en'})})
  expect(response.status).toBe(503)
  const href = /<a href="([^"]*)">Try again<\/a>/.exec(await response.text())?.[1]
  expect(href, from).toBeDefined()
  return (href ?? '').replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
}

describe('GET /content-unavailable', () => {
  it('answers in the language of its address', async () => {
    const response = await GET(new Request('https://news.example.org/es/content-unavailable?from=%2Fes%2Fnews'), {
      params: Promise.resolve({locale: 'es'}),
    })
    const html = await response.text()
    expect(html).toContain('<html lang="es">')
    expect(html).toContain('Contenido no disponible por el momento')
    expect(html).toContain('<a href="/es">Noticias de Migración Laboral</a>')
  })

  it('links back to the page the reader asked for', async () => {
    expect(await tryAgainHref(encodeURIComponent('/news/a?page=2'))).toBe('/news/a?page=2')
  })

  it('never links to another site, and never to itself', async () => {
    for (const from of [
      '/%09/evil.example',
      '/%09%5Cevil.example',
      '/%0A/evil.example',
      '%2F%2Fevil.example',
      'https://evil.example/',
      '/content-unavailable',
    ]) {
      const href = await tryAgainHref(from)
      // A browser drops tabs and newlines from an href before resolving it, as the WHATWG URL parser does.
      const resolved = new URL(href, 'https://news.example.org/content-unavailable')
      expect(resolved.origin, `${from} -> ${JSON.stringify(href)}`).toBe('https://news.example.org')
      expect(resolved.pathname, from).not.toBe('/content-unavailable')
    }
  })
})
