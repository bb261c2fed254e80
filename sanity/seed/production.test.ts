// The bundled dataset: the ten real seed items, intact, and valid by the schema's own rules.
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {checkDataset, collectReferences, type DatasetReport} from '../check-dataset'
import {parseNdjson, type NdjsonDocument} from '../ndjson'
import {isSlug} from '../slug.mjs'
import {BUNDLED_DATASET_FILE} from './files.mjs'
import {readSeedItems} from './seed-text'

const documents = parseNdjson(readFileSync(path.join(__dirname, '..', '..', BUNDLED_DATASET_FILE), 'utf8'))
const ofType = (type: string) => documents.filter((document) => document._type === type)
const news = ofType('newsItem') as Array<NdjsonDocument & {title: string; summary: string; publishedAt: string; place?: string; body?: Array<{children: Array<{text: string}>}>; slug: {current: string}}>

function bodyText(item: (typeof news)[number]): string {
  return (item.body ?? []).map((block) => block.children.map((child) => child.text).join('')).join(' ')
}

describe('bundled dataset', () => {
  let report: DatasetReport
  beforeAll(async () => {
    report = await checkDataset(documents)
  })

  it('passes every validation rule of the schema, with no errors', () => {
    expect(report.problems.filter((problem) => problem.level === 'error')).toEqual([])
    expect(report.documents).toBe(documents.length)
  })

  it('warns only about the one seed headline that is longer than 120 characters', () => {
    const warnings = report.problems.filter((problem) => problem.level === 'warning')
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatchObject({path: 'title'})
    expect(news.find((item) => item._id === warnings[0]!.documentId)?.title).toMatch(/^Check out 5 findings/)
  })

  it('holds the ten seed items with their exact titles, dates and lead paragraphs', () => {
    const seed = readSeedItems()
    expect(seed).toHaveLength(10)
    expect(news).toHaveLength(10)
    for (const entry of seed) {
      const item = news.find((candidate) => candidate.title === entry.title)
      expect(item, entry.title).toBeDefined()
      const day = new Intl.DateTimeFormat('en-GB', {day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC'}).format(new Date(item!.publishedAt))
      expect(day.replace(/ (\d{4})$/, ', $1')).toBe(entry.date)
      const rebuilt = [item!.summary, bodyText(item!)].filter(Boolean).join(' ')
      if (item!.place) {
        // The dateline ("Santo Domingo -") opens the lead in the seed; the dataset keeps it in `place`.
        expect(entry.lead).toMatch(new RegExp(`^${item!.place} [-–] `))
        expect(entry.lead.slice(entry.lead.indexOf(' ', item!.place.length + 1) + 1)).toBe(rebuilt)
      } else {
        expect(entry.lead).toBe(rebuilt)
      }
    }
  })

  it('resolves every reference', () => {
    const ids = new Set(documents.map((document) => document._id))
    const dangling = documents.flatMap((document) => collectReferences(document).filter((ref) => !ids.has(ref)))
    expect(dangling).toEqual([])
  })

  it('gives every document a unique, URL-safe slug within its type', () => {
    for (const type of ['newsItem', 'country', 'tag']) {
      const slugs = ofType(type).map((document) => (document.slug as {current: string}).current)
      expect(new Set(slugs).size, type).toBe(slugs.length)
      for (const slug of slugs) expect(isSlug(slug), slug).toBe(true)
    }
  })

  it('lists every country of the region and 6 to 10 topics', () => {
    const codes = ofType('country').map((country) => country.isoCode)
    for (const code of ['MX', 'BZ', 'CR', 'SV', 'GT', 'HN', 'NI', 'PA', 'HT', 'DO', 'CU', 'JM', 'US', 'CA']) expect(codes).toContain(code)
    const topics = ofType('tag')
    expect(topics.length).toBeGreaterThanOrEqual(6)
    expect(topics.length).toBeLessThanOrEqual(10)
  })

  it('files each item under the countries its text names', () => {
    const countriesOf = (titleStart: string) => {
      const item = news.find((candidate) => candidate.title.startsWith(titleStart))!
      return collectReferences(item.countries).sort()
    }
    expect(countriesOf('IOM promotes improvements to the work permit system')).toEqual(['country-cr'])
    expect(countriesOf('Check out 5 findings')).toEqual(['country-gt', 'country-hn', 'country-mx', 'country-sv'])
    expect(countriesOf('Guatemala raises awareness')).toEqual(['country-gt'])
  })
})

describe('dataset check', () => {
  it('reports a broken reference, a missing headline and a duplicate slug', async () => {
    const item = news[0]!
    const broken = [
      ...documents,
      {...item, _id: 'newsItem-copy', title: undefined, countries: [{_type: 'reference', _ref: 'country-zz', _key: 'zz'}]},
    ]
    const result = await checkDataset(broken as NdjsonDocument[])
    const messages = result.problems.filter((problem) => problem.documentId === 'newsItem-copy' && problem.level === 'error').map((problem) => problem.message)
    expect(messages.some((message) => message.includes('country-zz'))).toBe(true)
    expect(messages).toContain('Every news item needs a headline.')
    expect(result.problems.some((problem) => problem.documentId === 'newsItem-copy' && problem.path === 'slug')).toBe(true)
  })

  it('refuses a duplicate ISO code and an unsafe link in the body', async () => {
    const country = ofType('country')[0]!
    const item = news[0]!
    const result = await checkDataset([
      ...documents,
      {...country, _id: 'country-copy', slug: {_type: 'slug', current: 'copy-country'}},
      {
        ...item,
        _id: 'newsItem-unsafe',
        slug: {_type: 'slug', current: 'unsafe-link'},
        body: [{_type: 'block', _key: 'b', style: 'normal', markDefs: [{_type: 'link', _key: 'l', href: 'javascript:alert(1)'}], children: [{_type: 'span', _key: 's', text: 'x', marks: ['l']}]}],
      },
    ] as NdjsonDocument[])
    const errorsOf = (id: string) => result.problems.filter((problem) => problem.documentId === id && problem.level === 'error').map((problem) => problem.message)
    expect(errorsOf('country-copy')).toContain('Another country already has this ISO code.')
    expect(errorsOf('newsItem-unsafe').join(' ')).toMatch(/https:\/\/, http:\/\/ or mailto:/)
  })
})
