// Local mode answers every query the pages use exactly as groq-js does over the whole dataset, while an item or
// country page hands groq-js only the documents it can touch (on the bundled dataset and on 2,000 synthetic items).
import {readFileSync} from 'node:fs'
import {evaluate, parse} from 'groq-js'
import type {QueryParams} from 'next-sanity'
import {describe, expect, it} from 'vitest'
import {generateDataset} from '@/sanity/seed/synthetic.mjs'
import {parseNdjson, type NdjsonDocument} from '@/sanity/ndjson'
import {BUNDLED_DATASET_FILE} from '@/sanity/seed/files.mjs'
import {indexDataset, queryIndexed, type EvaluationReport} from './local-query'
import * as queries from '../queries'
import {replacedIds, translationSlugsById, type TranslationGroup} from '../reads/translation-groups'

type Reference = {_ref: string}
type Item = NdjsonDocument & {slug?: {current?: string}; countries?: Reference[]; topics?: Reference[]}

const bundled = () => parseNdjson(readFileSync(BUNDLED_DATASET_FILE), BUNDLED_DATASET_FILE)

/**
 * The bundled dataset plus test-only documents, labelled as such: a Spanish item linked to the first bundled item as
 * its translation, a Spanish draft linked to the second (not published, so dereferenced to nothing), as the
 * translation plugin stores them.
 */
function withTranslations(): NdjsonDocument[] {
  const documents = bundled()
  const [first, second] = documents.filter((document): document is Item => document._type === 'newsItem')
  const spanish = {
    ...first!,
    _id: 'newsItem-test-only-es',
    language: 'es',
    title: 'Elemento de prueba (solo para pruebas)',
    slug: {_type: 'slug', current: 'elemento-de-prueba'},
  }
  const reference = (key: string, language: string, id: string) => ({
    _key: key,
    _type: 'internationalizedArrayReferenceValue',
    language,
    value: {_type: 'reference', _ref: id, _weak: true, _strengthenOnPublish: {type: 'newsItem'}},
  })
  return [
    ...documents,
    spanish,
    {
      _id: 'translation-test-only-a',
      _type: 'translation.metadata',
      schemaTypes: ['newsItem'],
      translations: [reference('a1', 'en', first!._id), reference('a2', 'es', spanish._id)],
    },
    {
      _id: 'translation-test-only-b',
      _type: 'translation.metadata',
      schemaTypes: ['newsItem'],
      translations: [reference('b1', 'en', second!._id), reference('b2', 'es', 'newsItem-test-only-unpublished')],
    },
  ]
}

const DATASETS: Array<[string, () => NdjsonDocument[]]> = [
  ['bundled', bundled],
  ['bundled, with a translated pair (test only)', withTranslations],
  ['synthetic, 2,000 items', () => generateDataset({items: 2_000}) as NdjsonDocument[]],
]

/** What each language's lists leave out, worked out here from the stored documents (the query under test gives the same). */
function replacedIn(documents: NdjsonDocument[]): string[][] {
  const byId = new Map(documents.map((document) => [document._id, document as NdjsonDocument & {language?: string}]))
  const groups = documents
    .filter((document) => document._type === 'translation.metadata')
    .map((document) =>
      ((document as {translations?: Array<{value: {_ref: string}}>}).translations ?? []).flatMap(({value}) => byId.get(value._ref) ?? []),
    )
  const languages = (['en', 'es'] as const).map((locale) =>
    groups.flatMap((group) =>
      group.some((member) => member.language === locale) ? group.filter((member) => member.language !== locale).map((member) => member._id) : [],
    ),
  )
  return [...new Map(languages.map((replaced) => [JSON.stringify(replaced), replaced])).values()]
}

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
  const languages = replacedIn(documents)
  return [
    ...languages.flatMap((replaced) => pages(items.length).map((start) => ({name: 'NEWS_LIST_QUERY', params: {start, end: start + 20, replaced}}))),
    {name: 'NEWS_LIST_QUERY', params: {start: 0, end: 0, replaced: []}},
    ...[...spread(items, 8), {slug: {current: 'no-such-item'}}].map((item) => ({name: 'NEWS_ITEM_QUERY', params: {slug: item.slug?.current ?? ''}})),
    ...languages.flatMap((replaced) =>
      spread(items, 8).map((item) => ({
        name: 'RELATED_NEWS_QUERY',
        params: {
          id: item._id,
          countryIds: (item.countries ?? []).map((ref) => ref._ref),
          topicIds: (item.topics ?? []).map((ref) => ref._ref),
          replaced,
        },
      })),
    ),
    {
      name: 'RELATED_NEWS_QUERY',
      params: {id: items[0]!._id, countryIds: [], topicIds: [members.find((member) => member._type === 'tag')!._id], replaced: []},
    },
    ...[...members, {_id: 'country-none', _type: 'country', slug: {current: 'atlantis'}}].map((member) => ({
      name: 'COLLECTION_QUERY',
      params: {type: member._type, slug: member.slug?.current ?? ''},
    })),
    ...spread(members, 6).flatMap((member) => {
      const count = items.filter((item) => [...(item.countries ?? []), ...(item.topics ?? [])].some((ref) => ref._ref === member._id)).length
      return languages.flatMap((replaced) => [
        {name: 'COLLECTION_FACETS_QUERY', params: {id: member._id, replaced}},
        ...pages(count).map((start) => ({name: 'COLLECTION_NEWS_QUERY', params: {id: member._id, start, end: start + 20, replaced}})),
      ])
    }),
    ...languages.map((replaced) => ({name: 'NEWS_FACETS_QUERY', params: {replaced}})),
    ...[
      'NEWS_SLUGS_QUERY',
      'NEWS_SLUG_TEXT_QUERY',
      'NEWS_TRANSLATIONS_QUERY',
      'COUNTRIES_QUERY',
      'TOPICS_QUERY',
      'CONTENT_REVISION_QUERY',
      'SEARCH_DOCUMENTS_QUERY',
      'SEARCH_FACETS_QUERY',
    ].map((name) => ({name, params: {}})),
    {name: 'SITE_SETTINGS_QUERY', params: {id: 'siteSettings'}},
    // One changed item as the webhook names it: a translated one, one without translation, and one deleted.
    ...[items[0]!._id, items.at(-1)!._id, 'newsItem-deleted'].flatMap((id) => [
      {name: 'SEARCH_ITEM_GROUPS_QUERY', params: {id}},
      {name: 'SEARCH_ITEM_CHANGE_QUERY', params: {id, ids: [id, items[1]!._id], settingsId: 'siteSettings'}},
    ]),
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
  // Its own copy: indexing keeps each Portable Text field as text, and the answers must not tell.
  const dataset = indexDataset(load())

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
    const related = {id: item._id, countryIds: item.countries!.map((ref) => ref._ref), topicIds: item.topics!.map((ref) => ref._ref), replaced: []}
    await queryIndexed(dataset, queries.RELATED_NEWS_QUERY, related, watch('related'))
    await queryIndexed(dataset, queries.COLLECTION_QUERY, {type: 'country', slug: 'mexico'}, watch('country'))
    await queryIndexed(dataset, queries.COLLECTION_FACETS_QUERY, {id: mexico._id, replaced: []}, watch('country facts'))
    await queryIndexed(dataset, queries.COLLECTION_NEWS_QUERY, {id: mexico._id, start: 0, end: 20, replaced: []}, watch('country items'))
    // The item and the country alone; a page of related or listed items from the first 64 candidates in date order.
    expect(seen).toEqual({item: 1, related: expect.any(Number), country: 1, 'country facts': mexicoItems, 'country items': Math.min(64, mexicoItems)})
    expect(seen.related).toBeLessThanOrEqual(64)
  })
})

describe('lists per language over a translated pair (the real queries, test-only documents)', () => {
  const documents = withTranslations()
  const dataset = indexDataset(documents)
  const [first, second] = documents.filter((document): document is Item => document._type === 'newsItem')
  const listed = async (locale: 'en' | 'es') => {
    const groups = await queryIndexed<TranslationGroup[]>(dataset, queries.NEWS_TRANSLATIONS_QUERY)
    const replaced = replacedIds(groups, locale)
    const items = await queryIndexed<Array<{_id: string}>>(dataset, queries.NEWS_LIST_QUERY, {start: 0, end: 100, replaced})
    return items.map((item) => item._id)
  }

  it('lists the Spanish version on Spanish pages and the English one on English pages, each once', async () => {
    const spanish = await listed('es')
    expect(spanish).toContain('newsItem-test-only-es')
    expect(spanish).not.toContain(first!._id)
    const english = await listed('en')
    expect(english).toContain(first!._id)
    expect(english).not.toContain('newsItem-test-only-es')
    expect(spanish).toHaveLength(english.length)
  })

  it('lists an item whose translation is not published in both languages, and knows where each version of the pair lives', async () => {
    expect(await listed('es')).toContain(second!._id)
    expect(await listed('en')).toContain(second!._id)
    const slugs = translationSlugsById(await queryIndexed<TranslationGroup[]>(dataset, queries.NEWS_TRANSLATIONS_QUERY))
    expect(slugs.get('newsItem-test-only-es')).toEqual({en: first!.slug!.current, es: 'elemento-de-prueba'})
    expect(slugs.has(second!._id)).toBe(false)
  })
})
