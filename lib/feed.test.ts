// The RSS builder, read back with a real feed parser as a feed reader would.
import Parser from 'rss-parser'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {buildRssFeed} from './feed'

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
    const xml = buildRssFeed({title: 'Guatemala', description: 'News about Guatemala', pagePath: '/countries/guatemala', feedPath: '/countries/guatemala/feed.xml', items})
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
    const xml = buildRssFeed({title: 'All', description: 'd', pagePath: '/', feedPath: '/feed.xml', items})
    expect(xml).toContain('<atom:link href="https://news.example.org/feed.xml" rel="self" type="application/rss+xml"/>')
    const feed = await new Parser().parseString(xml)
    expect(feed.lastBuildDate).toBe('Wed, 11 Dec 2019 12:00:00 GMT')
  })

  it('is a valid empty channel when there are no items', async () => {
    const feed = await new Parser().parseString(buildRssFeed({title: 'Empty', description: 'd', pagePath: '/topics/x', feedPath: '/topics/x/feed.xml', items: []}))
    expect(feed.title).toBe('Empty')
    expect(feed.items).toHaveLength(0)
  })
})
