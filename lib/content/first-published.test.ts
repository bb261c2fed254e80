// An item published by a Release or a Scheduled draft has no publication date (only the Publish button sets one): lists,
// feeds and search must still place it by when it was created, never first and undated; and such a version must not
// pass validation without a date in the first place.
import {readFileSync} from 'node:fs'
import {evaluate, parse} from 'groq-js'
import {describe, expect, it} from 'vitest'
import {parseNdjson, type NdjsonDocument} from '@/sanity/ndjson'
import {futureDateWarning, publishedAtRule} from '@/sanity/schemaTypes/news-item'
import {BUNDLED_DATASET_FILE} from '@/sanity/seed/files.mjs'
import {indexDataset, queryIndexed} from './source/local-query'
import {COLLECTION_NEWS_QUERY, NEWS_LIST_QUERY, SEARCH_DOCUMENTS_QUERY} from './queries'

type Row = {_id: string; publishedAt: string | null}

const bundled = parseNdjson(readFileSync(BUNDLED_DATASET_FILE), BUNDLED_DATASET_FILE)
const template = bundled.find((document) => document._type === 'newsItem') as NdjsonDocument & {countries: Array<{_ref: string}>}

/** A copy of a bundled item as a release publishes it: no publishedAt, created in 2019 (older than every seed item but one). */
const undated: NdjsonDocument = {
  ...template,
  _id: 'newsItem-test-only-undated',
  _createdAt: '2019-01-02T10:00:00Z',
  slug: {_type: 'slug', current: 'test-only-undated'},
  publishedAt: undefined,
}
const dataset = [...bundled, undated]
const params = {replaced: [], start: 0, end: 20, locale: 'en', id: template.countries[0]!._ref}

async function groq<T>(query: string): Promise<T> {
  return (await (await evaluate(parse(query, {params}), {dataset, params})).get()) as T
}

describe('undated items in lists', () => {
  it('are placed by their creation date and show it, in groq-js (as Sanity) and in local mode alike', async () => {
    for (const query of [NEWS_LIST_QUERY, COLLECTION_NEWS_QUERY]) {
      const rows = await groq<Row[]>(query)
      expect(rows[0]!._id).not.toBe(undated._id)
      expect(rows.every((row) => typeof row.publishedAt === 'string')).toBe(true)
      expect(rows.find((row) => row._id === undated._id)?.publishedAt).toBe('2019-01-02T10:00:00Z')
      const dates = rows.map((row) => row.publishedAt!)
      expect(dates).toEqual([...dates].sort().reverse())
      expect(await queryIndexed<Row[]>(indexDataset(dataset), query, params)).toEqual(rows)
    }
  })

  it('reach search with a date', async () => {
    const rows = await groq<Row[]>(SEARCH_DOCUMENTS_QUERY)
    expect(rows.find((row) => row._id === undated._id)?.publishedAt).toBe('2019-01-02T10:00:00Z')
  })
})

describe('the publication date rule', () => {
  it('refuses a release or scheduled version without a date, saying what to do', () => {
    const message = publishedAtRule(undefined, {document: {_id: 'versions.rSpring.newsItem-a'}})
    expect(message).toMatch(/^Set the publication date before adding this item to a release or scheduling it/)
    expect(publishedAtRule('2026-12-05T10:00:00Z', {document: {_id: 'versions.rSpring.newsItem-a'}})).toBe(true)
  })

  it('lets a draft leave it empty (Publish fills it in) and requires it of a published item', () => {
    expect(publishedAtRule(undefined, {document: {_id: 'drafts.newsItem-a'}})).toBe(true)
    expect(publishedAtRule('', {document: {_id: 'newsItem-a'}})).toBe('Set the publication date.')
  })
})

describe('a publication date in the future', () => {
  const now = new Date('2026-12-05T12:00:00Z')
  it('is warned about: Publish puts the item online at once, dated ahead and at the top of the lists', () => {
    expect(futureDateWarning('2026-12-20T09:00:00Z', now)).toMatch(/in the future.*schedule/)
  })

  it('is not flagged for today in any time zone, or for the past', () => {
    expect(futureDateWarning('2026-12-06T06:00:00Z', now)).toBe(true)
    expect(futureDateWarning('2020-07-13T12:00:00Z', now)).toBe(true)
    expect(futureDateWarning(undefined, now)).toBe(true)
  })
})
