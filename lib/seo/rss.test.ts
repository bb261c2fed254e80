// The RSS builder, read back with a real feed parser as a feed reader would and checked by a strict XML 1.0 parser.
import Parser from 'rss-parser'
import {SaxesParser} from 'saxes'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {buildRssFeed, feedResponse} from './rss'

const items = [
  {
    title: 'Guatemala & partners raise awareness about <recruitment> scams',
    slug: 'guatemala-raises-awareness',
    publishedAt: '2019-12-11T12:00:00.000Z',
    summary: 'A lead paragraph.',
    topics: [{title: 'Recruitment scams'}],
  },
  {title: 'Second item', slug: 'second-item', publishedAt: '2019-11-01T12:00:00.000Z', summary: null, topics: null},
  {title: 'No date', slug: 'no-date', publishedAt: null, summary: 'x'},
  {title: null, slug: 'no-title', publishedAt: '2019-10-01T12:00:00.000Z', summary: 'x'},
]

describe('buildRssFeed', () => {
  const previous = process.env.NEXT_PUBLIC_SITE_URL
  beforeEach(() => {
    process.env.NEXT_PUBLIC_SITE_URL = 'https://news.example.org'
  })
  afterEach(() => {
    process.env.NEXT_PUBLIC_SITE_URL = previous
  })

  it('gives an RSS 2.0 channel that a feed parser reads back with every usable item', async () => {
    const xml = buildRssFeed({
      locale: 'en',
      title: 'Guatemala',
      description: 'News about Guatemala',
      pagePath: '/countries/guatemala',
      feedPath: '/countries/guatemala/feed.xml',
      items,
    })
    expect(xml).toContain('<rss version="2.0"')
    const feed = await new Parser().parseString(xml)
    expect(feed.title).toBe('Guatemala')
    expect(feed.link).toBe('https://news.example.org/countries/guatemala')
    expect(feed.items).toHaveLength(2)
    expect(feed.items.map((item) => item.title)).toEqual(['Guatemala & partners raise awareness about <recruitment> scams', 'Second item'])
    expect(feed.items.map((item) => item.isoDate)).toEqual(['2019-12-11T12:00:00.000Z', '2019-11-01T12:00:00.000Z'])
    expect(feed.items[0]!.link).toBe('https://news.example.org/news/guatemala-raises-awareness')
    expect(feed.items[0]!.guid).toBe('https://news.example.org/news/guatemala-raises-awareness')
    expect(feed.items[0]!.categories).toEqual(['Recruitment scams'])
    expect(feed.items[0]!.contentSnippet).toBe('A lead paragraph.')
  })

  it('links to its own address and dates the channel by its newest item', async () => {
    const xml = buildRssFeed({locale: 'en', title: 'All', description: 'd', pagePath: '/', feedPath: '/feed.xml', items})
    expect(xml).toContain('<atom:link href="https://news.example.org/feed.xml" rel="self" type="application/rss+xml"/>')
    const feed = await new Parser().parseString(xml)
    expect(feed.lastBuildDate).toBe('Wed, 11 Dec 2019 12:00:00 GMT')
  })

  it('is a valid empty channel when there are no items', async () => {
    const feed = await new Parser().parseString(
      buildRssFeed({locale: 'en', title: 'Empty', description: 'd', pagePath: '/topics/x', feedPath: '/topics/x/feed.xml', items: []}),
    )
    expect(feed.title).toBe('Empty')
    expect(feed.items).toHaveLength(0)
  })

  it('stays well-formed XML with nothing injected when a headline or a search closes CDATA twice or holds control characters', async () => {
    const hostile =
      'A ]]> B ]]><evil xmlns="http://www.w3.org/1999/xhtml"><script>alert(1)</script></evil><![CDATA[ \u0001end\u0008\u000b\u001f\uffff'
    const shown = 'A ]]> B ]]><evil xmlns="http://www.w3.org/1999/xhtml"><script>alert(1)</script></evil><![CDATA[ end'
    const xml = buildRssFeed({
      locale: 'en',
      title: 'Search: \u0001]]> q',
      description: 'd',
      pagePath: '/news',
      feedPath: '/news/feed.xml',
      items: [{title: hostile, slug: 'a', publishedAt: '2020-01-01T00:00:00Z', summary: hostile, topics: [{title: hostile}]}],
    })
    // Strict XML 1.0 (saxes): throws on a disallowed character or a broken CDATA section; lists every element.
    const elements = new Set<string>()
    const parser = new SaxesParser()
    parser.on('opentag', (tag) => elements.add(tag.name))
    expect(() => parser.write(xml).close()).not.toThrow()
    expect([...elements].filter((name) => ['evil', 'script'].includes(name))).toEqual([])
    const feed = await new Parser().parseString(xml)
    // A reader sees the headline as its editor wrote it, without the control characters (the zero-width space that
    // keeps "]]>" from closing CDATA is invisible).
    const visible = (text: string | undefined) => text?.replaceAll('\u200b', '')
    expect(visible(feed.title)).toBe('Search: ]]> q')
    expect(feed.items).toHaveLength(1)
    expect(visible(feed.items[0]!.title)).toBe(shown)
    expect(visible(feed.items[0]!.content)).toBe(shown)
    expect(feed.items[0]!.categories?.map(visible)).toEqual([shown])
  })
})

describe('feedResponse', () => {
  it('serves feeds under a policy that allows nothing to run or load', () => {
    const response = feedResponse('<rss/>')
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox")
    expect(response.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8')
  })
})
