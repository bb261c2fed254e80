// Local mode answers every query the pages use exactly as groq-js does over the whole dataset, while an item or
// country page hands groq-js only the documents it can touch (on the bundled dataset and on 2,000 synthetic items).
import {readFileSync} from 'node:fs'
import {evaluate, parse} from 'groq-js'
import type {QueryParams} from 'next-sanity'
import {describe, expect, it} from 'vitest'
import {generateDataset} from '@/bench/generate-dataset.mjs'
import {parseNdjson, type NdjsonDocument} from '@/sanity/ndjson'
import {BUNDLED_DATASET_FILE} from '@/sanity/seed/files.mjs'
import {indexDataset, queryIndexed, type EvaluationReport} from './local-query'
import * as queries from './queries'

type Reference = {_ref: string}
type Item = NdjsonDocument & {slug?: {current?: string}; countries?: Reference[]; topics?: Reference[]}

const DATASETS: Array<[string, () => NdjsonDocument[]]> = [
  ['bundled', () => parseNdjson(readFileSync(BUNDLED_DATASET_FILE), BUNDLED_DATASET_FILE)],
  ['synthetic, 2,000 items', () => generateDataset({items: 2_000}) as NdjsonDocument[]],
]

/** Every n-th of a list (and its last), so a large dataset is sampled from end to end. */
function spread<T>(list: T[], count: number): T[] {
  const step = Math.max(1, Math.floor(list.length / count))
  return [...list.filter((_, index) => index % step === 0).slice(0, count), ...list.slice(-1)]
}

/** The queries and parameters the pages, feeds, sitemap and search send, for this dataset. */
function pageQueries(documents: NdjsonDocument[]): Array<{name: string; params: QueryParams}> {
  const items = documents.filter((document): document is Item => document._type === 'newsItem')
  const members = documents.filter((document) => document._type === 'country' || document._type === 'tag') as Item[]
  const pages = (total: number) => [0, 20, Math.max(0, total - 5), total + 20]
  return [
    ...pages(items.length).map((start) => ({name: 'NEWS_LIST_QUERY', params: {start, end: start + 20}})),
    {name: 'NEWS_LIST_QUERY', params: {start: 0, end: 0}},
    ...[...spread(items, 8), {slug: {current: 'no-such-item'}}].map((item) => ({name: 'NEWS_ITEM_QUERY', params: {slug: item.slug?.current ?? ''}})),
    ...spread(items, 8).map((item) => ({
      name: 'RELATED_NEWS_QUERY',
      params: {id: item._id, countryIds: (item.countries ?? []).map((ref) => ref._ref), topicIds: (item.topics ?? []).map((ref) => ref._ref)},
    })),
    {name: 'RELATED_NEWS_QUERY', params: {id: items[0]!._id, countryIds: [], topicIds: [members.find((member) => member._type === 'tag')!._id]}},
    ...[...members, {_id: 'country-none', _type: 'country', slug: {current: 'atlantis'}}].map((member) => ({
      name: 'COLLECTION_QUERY',
      params: {type: member._type, slug: member.slug?.current ?? ''},
    })),
    ...spread(members, 6).flatMap((member) => {
      const count = items.filter((item) => [...(item.countries ?? []), ...(item.topics ?? [])].some((ref) => ref._ref === member._id)).length
      return [
        {name: 'COLLECTION_FACETS_QUERY', params: {id: member._id}},
        ...pages(count).map((start) => ({name: 'COLLECTION_NEWS_QUERY', params: {id: member._id, start, end: start + 20}})),
      ]
    }),
    ...[
      'NEWS_SLUGS_QUERY',
      'NEWS_FACETS_QUERY',
      'COUNTRIES_QUERY',
      'TOPICS_QUERY',
      'CONTENT_REVISION_QUERY',
      'SEARCH_DOCUMENTS_QUERY',
      'SEARCH_FACETS_QUERY',
    ].map((name) => ({name, params: {}})),
    {name: 'SITE_SETTINGS_QUERY', params: {id: 'siteSettings'}},
  ]
}

const QUERIES: Record<string, string> = Object.fromEntries(
  Object.entries(queries as Record<string, unknown>).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
)

/** groq-js over the whole dataset, as local mode answered before it was indexed (and as the Sanity stand-in does). */
async function queryWhole(documents: NdjsonDocument[], query: string, params: QueryParams) {
  const byId = new Map(documents.map((document) => [document._id, document]))
  return (await evaluate(parse(query, {params}), {dataset: documents, params, dereference: ({_ref}) => byId.get(_ref) ?? null})).get()
}

describe.each(DATASETS)('local queries on the %s dataset', (_, load) => {
  const documents = load()
  const dataset = indexDataset(documents)

  it('answers every query of queries.ts exactly as groq-js over the whole dataset', async () => {
    const cases = pageQueries(documents)
    expect(new Set(cases.map((entry) => entry.name))).toEqual(new Set(Object.keys(QUERIES)))
    for (const {name, params} of cases) {
      const query = QUERIES[name]!
      expect({name, params, answer: await queryIndexed(dataset, query, params)}).toEqual({
        name,
        params,
        answer: await queryWhole(documents, query, params),
      })
    }
  })

  it('hands groq-js only the documents an item page and a country page can touch', async () => {
    const items = documents.filter((document): document is Item => document._type === 'newsItem')
    const item = items[Math.floor(items.length / 2)]!
    const mexico = documents.find((document) => document._id === 'country-mx')!
    const mexicoItems = items.filter((candidate) => candidate.countries?.some((ref) => ref._ref === mexico._id)).length
    const seen: Record<string, number> = {}
    const watch = (name: string) => (evaluation: EvaluationReport) => void (seen[name] = evaluation.documents)
    await queryIndexed(dataset, queries.NEWS_ITEM_QUERY, {slug: item.slug!.current!}, watch('item'))
    const related = {id: item._id, countryIds: item.countries!.map((ref) => ref._ref), topicIds: item.topics!.map((ref) => ref._ref)}
    await queryIndexed(dataset, queries.RELATED_NEWS_QUERY, related, watch('related'))
    await queryIndexed(dataset, queries.COLLECTION_QUERY, {type: 'country', slug: 'mexico'}, watch('country'))
    await queryIndexed(dataset, queries.COLLECTION_FACETS_QUERY, {id: mexico._id}, watch('country facts'))
    await queryIndexed(dataset, queries.COLLECTION_NEWS_QUERY, {id: mexico._id, start: 0, end: 20}, watch('country items'))
    // The item and the country alone; a page of related or listed items from the first 64 candidates in date order.
    expect(seen).toEqual({item: 1, related: expect.any(Number), country: 1, 'country facts': mexicoItems, 'country items': Math.min(64, mexicoItems)})
    expect(seen.related).toBeLessThanOrEqual(64)
  })
})
