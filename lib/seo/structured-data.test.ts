// JSON-LD builders: what search engines read about items and trails.
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {breadcrumbJsonLd, jsonLdScript, newsArticleJsonLd} from './structured-data'

describe('structured data', () => {
  const previous = process.env.NEXT_PUBLIC_SITE_URL
  beforeEach(() => {
    process.env.NEXT_PUBLIC_SITE_URL = 'https://news.example.org'
  })
  afterEach(() => {
    process.env.NEXT_PUBLIC_SITE_URL = previous
  })

  it('describes a news item as a NewsArticle with absolute URLs, dates, publisher and countries', () => {
    const data = newsArticleJsonLd({
      title: 'A story',
      slug: 'a-story',
      summary: 'Lead.',
      publishedAt: '2020-07-13T12:00:00.000Z',
      updatedAt: null,
      place: 'San Salvador',
      countries: [{name: 'El Salvador', slug: 'el-salvador'}],
      inLanguage: 'en',
      locale: 'en',
      publisher: 'Regional Office',
    })
    expect(data).toMatchObject({
      '@type': 'NewsArticle',
      inLanguage: 'en',
      headline: 'A story',
      datePublished: '2020-07-13T12:00:00.000Z',
      dateModified: '2020-07-13T12:00:00.000Z',
      mainEntityOfPage: {'@id': 'https://news.example.org/news/a-story'},
      publisher: {
        '@type': 'Organization',
        logo: {'@type': 'ImageObject', url: 'https://news.example.org/publisher-logo.png', width: 600, height: 60},
      },
      contentLocation: [{'@type': 'Country', name: 'El Salvador', url: 'https://news.example.org/countries/el-salvador'}],
    })
  })

  it('gives an untranslated item on a Spanish page its Spanish addresses and its own language', () => {
    const data = newsArticleJsonLd({
      title: 'A story',
      slug: 'a-story',
      summary: null,
      publishedAt: null,
      updatedAt: null,
      place: null,
      countries: [{name: 'Guatemala', slug: 'guatemala'}],
      inLanguage: 'en',
      locale: 'es',
      publisher: 'Oficina Regional',
    })
    expect(data).toMatchObject({
      inLanguage: 'en',
      url: 'https://news.example.org/es/news/a-story',
      publisher: {name: 'Oficina Regional', url: 'https://news.example.org/es'},
      about: [{url: 'https://news.example.org/es/countries/guatemala'}],
    })
  })

  it('numbers breadcrumb positions from 1', () => {
    const data = breadcrumbJsonLd(
      [
        {name: 'Home', path: '/'},
        {name: 'Countries', path: '/countries'},
      ],
      'en',
    )
    expect(data.itemListElement).toEqual([
      {'@type': 'ListItem', position: 1, name: 'Home', item: 'https://news.example.org/'},
      {'@type': 'ListItem', position: 2, name: 'Countries', item: 'https://news.example.org/countries'},
    ])
  })

  it('cannot be broken out of its script element by content', () => {
    expect(jsonLdScript({headline: '</script><script>alert(1)</script>'})).not.toContain('</script>')
  })
})
