// The Google News sitemap: only the last 48 hours, each address once, well-formed XML in the news sitemap namespace.
import {SaxesParser} from 'saxes'
import {describe, expect, it} from 'vitest'
import {buildNewsSitemap, recentEntries, type NewsSitemapEntry} from './news-sitemap'

const NOW = Date.parse('2026-12-05T12:00:00Z')
const entry = (url: string, hoursAgo: number, title = 'A story'): NewsSitemapEntry => ({
  url,
  title,
  language: 'es',
  publishedAt: new Date(NOW - hoursAgo * 3_600_000).toISOString(),
  publication: 'Noticias de Migración Laboral',
})

describe('the Google News sitemap', () => {
  it('keeps the items of the last 48 hours, newest first, each once; none from the future', () => {
    const kept = recentEntries([entry('https://x.org/a', 47.9), entry('https://x.org/b', 48.1), entry('https://x.org/c', 1), entry('https://x.org/c', 1), entry('https://x.org/d', -2)], NOW)
    expect(kept.map((item) => item.url)).toEqual(['https://x.org/c', 'https://x.org/a'])
  })

  it('writes well-formed XML with the news: tags Google reads, text escaped', () => {
    const xml = buildNewsSitemap([entry('https://x.org/es/news/a?b=1&c=2', 2, 'Niños & <migrantes> "2026"')])
    const tags: string[] = []
    const texts: string[] = []
    const parser = new SaxesParser({xmlns: true})
    parser.on('opentag', (tag) => tags.push(`${tag.uri} ${tag.local}`))
    parser.on('text', (text) => texts.push(text))
    parser.write(xml).close()
    const news = 'http://www.google.com/schemas/sitemap-news/0.9'
    expect(tags).toContain('http://www.sitemaps.org/schemas/sitemap/0.9 urlset')
    for (const name of ['news', 'publication', 'name', 'language', 'publication_date', 'title']) expect(tags).toContain(`${news} ${name}`)
    expect(texts).toContain('Niños & <migrantes> "2026"')
    expect(texts).toContain('https://x.org/es/news/a?b=1&c=2')
    expect(texts).toContain('es')
  })
})
