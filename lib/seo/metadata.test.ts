// Page metadata: canonical and share tags always come from the configured site URL.
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {pageMetadata, shortDescription} from './metadata'

describe('pageMetadata', () => {
  const previous = process.env.NEXT_PUBLIC_SITE_URL
  beforeEach(() => {
    process.env.NEXT_PUBLIC_SITE_URL = 'https://news.example.org'
  })
  afterEach(() => {
    process.env.NEXT_PUBLIC_SITE_URL = previous
  })

  it('gives a country page its canonical, feed link, OpenGraph and large Twitter card from the site URL', () => {
    const metadata = pageMetadata({
      locale: 'en',
      title: 'El Salvador',
      description: 'Labour-migration news from El Salvador.',
      path: '/countries/el-salvador',
      image: {path: '/countries/el-salvador/og-image', alt: 'El Salvador'},
      feed: {path: '/countries/el-salvador/feed.xml', title: 'El Salvador news'},
    })
    expect(metadata.title).toBe('El Salvador')
    expect(metadata.alternates?.canonical).toBe('https://news.example.org/countries/el-salvador')
    expect(metadata.alternates?.types).toEqual({
      'application/rss+xml': [{url: 'https://news.example.org/countries/el-salvador/feed.xml', title: 'El Salvador news'}],
      'application/atom+xml': [{url: 'https://news.example.org/countries/el-salvador/feed.atom', title: 'El Salvador news'}],
      'application/feed+json': [{url: 'https://news.example.org/countries/el-salvador/feed.json', title: 'El Salvador news'}],
    })
    expect(metadata.openGraph).toMatchObject({
      type: 'website',
      title: 'El Salvador',
      url: 'https://news.example.org/countries/el-salvador',
      images: [{url: 'https://news.example.org/countries/el-salvador/og-image', width: 1200, height: 630}],
    })
    expect(metadata.twitter).toMatchObject({card: 'summary_large_image', title: 'El Salvador'})
  })

  it('gives a Spanish page its /es canonical, Spanish OpenGraph locale and hreflang alternates that point at each other', () => {
    const spanish = pageMetadata({
      locale: 'es',
      title: 'Guatemala',
      description: 'Noticias.',
      path: '/countries/guatemala',
      feed: {path: '/countries/guatemala/feed.xml', title: 'Noticias sobre Guatemala'},
    })
    const english = pageMetadata({locale: 'en', title: 'Guatemala', description: 'News.', path: '/countries/guatemala'})
    expect(spanish.alternates?.canonical).toBe('https://news.example.org/es/countries/guatemala')
    expect(spanish.alternates?.types).toEqual({
      'application/rss+xml': [{url: 'https://news.example.org/es/countries/guatemala/feed.xml', title: 'Noticias sobre Guatemala'}],
      'application/atom+xml': [{url: 'https://news.example.org/es/countries/guatemala/feed.atom', title: 'Noticias sobre Guatemala'}],
      'application/feed+json': [{url: 'https://news.example.org/es/countries/guatemala/feed.json', title: 'Noticias sobre Guatemala'}],
    })
    expect(spanish.openGraph).toMatchObject({locale: 'es_LA', alternateLocale: ['en_GB'], siteName: 'Noticias de Migración Laboral'})
    const pair = {
      en: 'https://news.example.org/countries/guatemala',
      es: 'https://news.example.org/es/countries/guatemala',
      'x-default': 'https://news.example.org/countries/guatemala',
    }
    expect(spanish.alternates?.languages).toEqual(pair)
    expect(english.alternates?.languages).toEqual(pair)
  })

  it('marks news items as articles with their dates', () => {
    const metadata = pageMetadata({
      locale: 'en',
      title: 'A story',
      description: 'Lead.',
      path: '/news/a-story',
      article: {publishedTime: '2020-07-13T12:00:00.000Z', modifiedTime: '2020-07-14T00:00:00Z', tags: ['COVID-19']},
    })
    expect(metadata.openGraph).toMatchObject({type: 'article', publishedTime: '2020-07-13T12:00:00.000Z', tags: ['COVID-19']})
    expect(metadata.twitter).toMatchObject({card: 'summary'})
    expect(metadata.alternates).not.toHaveProperty('types')
  })

  it('never takes the canonical from anything but NEXT_PUBLIC_SITE_URL', () => {
    process.env.NEXT_PUBLIC_SITE_URL = 'https://other.example.net/'
    expect(pageMetadata({locale: 'en', title: 't', description: 'd', path: '/topics'}).alternates?.canonical).toBe('https://other.example.net/topics')
  })
})

describe('shortDescription', () => {
  it('keeps short text and cuts long text at a word with an ellipsis', () => {
    expect(shortDescription('  Short   lead. ')).toBe('Short lead.')
    const long = 'word '.repeat(60)
    const cut = shortDescription(long)
    expect(cut.length).toBeLessThanOrEqual(160)
    expect(cut.endsWith('word…')).toBe(true)
  })
})
