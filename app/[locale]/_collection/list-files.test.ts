// Country and topic lists as files, from the bundled dataset, read back with real parsers: CSV (csv-parse), Atom (rss-parser, saxes), JSON Feed 1.1 (Ajv).
import {Ajv2020} from 'ajv/dist/2020.js'
import {parse} from 'csv-parse/sync'
import Parser from 'rss-parser'
import {SaxesParser} from 'saxes'
import {describe, expect, it} from 'vitest'
import {GET as countryAtom} from '@/app/[locale]/countries/[slug]/feed.atom/route'
import {GET as countryCsv} from '@/app/[locale]/countries/[slug]/feed.csv/route'
import {GET as topicJson} from '@/app/[locale]/topics/[slug]/feed.json/route'
import {GET as topicCsv} from '@/app/[locale]/topics/[slug]/feed.csv/route'
import {getCollection, getCollectionNews} from '@/lib/content/reads/collections'
import {publishedIn} from '@/lib/content/source/fetch-options'
import {buildCsv, CSV_COLUMNS} from '../../../lib/lists/csv'

const ORIGIN = 'http://localhost:3000'
const context = (locale: string, slug: string) => ({params: Promise.resolve({locale, slug})})

/** JSON Feed 1.1 (jsonfeed.org/version/1.1) as a schema: the fields it requires and the types of those it names. */
const JSON_FEED_1_1 = {
  type: 'object',
  required: ['version', 'title', 'items'],
  properties: {
    version: {const: 'https://jsonfeed.org/version/1.1'},
    title: {type: 'string'},
    home_page_url: {type: 'string', format: 'uri'},
    feed_url: {type: 'string', format: 'uri'},
    description: {type: 'string'},
    language: {type: 'string'},
    authors: {type: 'array', items: {$ref: '#/$defs/author'}},
    items: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id'],
        properties: {
          id: {type: 'string'},
          url: {type: 'string'},
          title: {type: 'string'},
          content_html: {type: 'string'},
          content_text: {type: 'string'},
          summary: {type: 'string'},
          date_published: {type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}T'},
          date_modified: {type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}T'},
          tags: {type: 'array', items: {type: 'string'}},
          authors: {type: 'array', items: {$ref: '#/$defs/author'}},
        },
        anyOf: [{required: ['content_html']}, {required: ['content_text']}],
        not: {required: ['author']},
      },
    },
  },
  not: {required: ['author']},
  $defs: {author: {type: 'object', properties: {name: {type: 'string'}, url: {type: 'string'}, avatar: {type: 'string'}}}},
}

function parseCsv(text: string): Array<Record<string, string>> {
  return parse(text, {bom: true, columns: true, skip_empty_lines: true}) as Array<Record<string, string>>
}

describe('a country as CSV', () => {
  it('is UTF-8 with a byte order mark, one row per item, in both languages with accents intact', async () => {
    const response = await countryCsv(new Request(`${ORIGIN}/es/countries/mexico/feed.csv`), context('es', 'mexico'))
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present')
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="mexico.csv"')
    const bytes = new Uint8Array(await response.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const rows = parseCsv(new TextDecoder().decode(bytes))
    const member = await getCollection('country', 'mexico', publishedIn('es'))
    const items = await getCollectionNews(member!._id, 1, 1000, publishedIn('es'))
    expect(rows.map((row) => row.url)).toEqual(items.map((item) => `${ORIGIN}/es/news/${item.slug}`))
    expect(Object.keys(rows[0]!)).toEqual([...CSV_COLUMNS])
    for (const row of rows) expect(row.countries).toContain('México')
  })

  it('answers 404 for a country that does not exist', async () => {
    expect((await countryCsv(new Request(`${ORIGIN}/countries/atlantis/feed.csv`), context('en', 'atlantis'))).status).toBe(404)
  })
})

describe('buildCsv', () => {
  it('keeps commas, quotes, line breaks and accents in their cells, and disarms formulas', () => {
    const text = buildCsv(
      [
        {title: 'Niños, "migrantes"\ny más', slug: 'a', publishedAt: '2020-07-13T10:00:00Z', place: 'San José', summary: '=HYPERLINK("x")', countries: [{name: 'Panamá'}], topics: []},
      ],
      'es',
    )
    const [row] = parseCsv(text)
    expect(row).toMatchObject({title: 'Niños, "migrantes"\ny más', place: 'San José', countries: 'Panamá', summary: `'=HYPERLINK("x")`})
    expect(row!.published_at).toBe('2020-07-13T10:00:00.000Z')
    expect(text).toContain('\r\n')
  })
})

describe('a country as Atom 1.0', () => {
  it('is well-formed XML that a feed parser reads, with what RFC 4287 requires of the feed and each entry', async () => {
    const response = await countryAtom(new Request(`${ORIGIN}/countries/mexico/feed.atom`), context('en', 'mexico'))
    expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8')
    const xml = await response.text()
    const names: string[] = []
    const sax = new SaxesParser({xmlns: true})
    sax.on('opentag', (tag) => names.push(`${tag.uri}|${tag.local}`))
    sax.write(xml).close()
    const atom = 'http://www.w3.org/2005/Atom'
    expect(names[0]).toBe(`${atom}|feed`)
    const feed = await new Parser().parseString(xml)
    const member = await getCollection('country', 'mexico', publishedIn('en'))
    const items = await getCollectionNews(member!._id, 1, 50, publishedIn('en'))
    expect(feed.items.map((item) => item.link)).toEqual(items.map((item) => `${ORIGIN}/news/${item.slug}`))
    for (const item of feed.items) {
      expect(item.id).toBe(item.link)
      expect(item.title).toBeTruthy()
      expect(Date.parse(item.pubDate ?? '')).not.toBeNaN()
    }
    expect(xml).toMatch(/<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">\s*<id>[^<]+<\/id>\s*<title>[^<]+<\/title>\s*<updated>\d{4}-/)
    expect(xml).toContain(`<link rel="self" href="${ORIGIN}/countries/mexico/feed.atom"/>`)
  })
})

describe('a topic as JSON Feed 1.1', () => {
  it('matches the JSON Feed 1.1 schema, in Spanish with its language', async () => {
    const response = await topicJson(new Request(`${ORIGIN}/es/topics/covid-19/feed.json`), context('es', 'covid-19'))
    expect(response.headers.get('content-type')).toBe('application/feed+json; charset=utf-8')
    const feed = (await response.json()) as {language: string; feed_url: string; items: Array<{url: string}>}
    const validate = new Ajv2020({strict: false, allErrors: true}).compile(JSON_FEED_1_1)
    expect(validate(feed), JSON.stringify(validate.errors)).toBe(true)
    expect(feed.language).toBe('es')
    expect(feed.feed_url).toBe(`${ORIGIN}/es/topics/covid-19/feed.json`)
    expect(feed.items.length).toBeGreaterThan(0)
    for (const item of feed.items) expect(item.url).toMatch(/^http:\/\/localhost:3000\/es\/news\//)
    const csv = parseCsv(await (await topicCsv(new Request(`${ORIGIN}/es/topics/covid-19/feed.csv`), context('es', 'covid-19'))).text())
    expect(csv.map((row) => row.url)).toEqual(feed.items.map((item) => item.url))
  })
})

describe('buildJsonFeed', () => {
  it('gives an item without a lead its title as text, as JSON Feed 1.1 requires content', async () => {
    const {buildJsonFeed} = await import('@/lib/seo/rss')
    const feed = JSON.parse(
      buildJsonFeed({locale: 'en', title: 'T', description: 'D', pagePath: '/', feedPath: '/feed.xml', items: [{title: 'No lead', slug: 'x', publishedAt: '2020-01-01T00:00:00Z', summary: null}]}),
    ) as {items: Array<{content_text?: string; content_html?: string}>}
    expect(feed.items[0]).toMatchObject({content_text: 'No lead'})
    const validate = new Ajv2020({strict: false}).compile(JSON_FEED_1_1)
    expect(validate(feed), JSON.stringify(validate.errors)).toBe(true)
  })
})
