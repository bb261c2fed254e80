// The search engine: a MiniSearch index of news items plus filters, facet counts, sorting and paging, all in memory.
import MiniSearch, {type SearchResult} from 'minisearch'
import type {SEARCH_DOCUMENTS_QUERY_RESULT, SEARCH_FACETS_QUERY_RESULT} from '@/sanity.types'
import type {SearchState} from './params'
import {processTerm} from './terms'

export const SEARCH_PAGE_SIZE = 20

/** Title matches outrank lead matches, which outrank body matches. */
const FIELD_BOOST = {title: 6, summary: 2.5, body: 1}
const INDEX_CHUNK = 500

type SearchDocuments = SEARCH_DOCUMENTS_QUERY_RESULT
type FacetVocabulary = SEARCH_FACETS_QUERY_RESULT

/** What a result card shows; kept in memory so results need no second query. */
export type SearchHit = {
  _id: string
  title: string
  slug: string
  publishedAt: string
  place: string | null
  summary: string
  countries: Array<{slug: string; name: string}>
  topics: Array<{slug: string; title: string}>
  /** Index terms this item matched, for highlighting. */
  matchedTerms: string[]
}

export type FacetCount = {slug: string; label: string; count: number}

export type SearchOutcome = {
  total: number
  page: number
  pages: number
  hits: SearchHit[]
  facets: {countries: FacetCount[]; topics: FacetCount[]}
  /** Filter values that name no country or topic: ignored, and the page says so. */
  unknown: {countries: string[]; topics: string[]}
}

type IndexedItem = {
  _id: string
  title: string
  slug: string
  publishedAt: string
  time: number
  place: string | null
  summary: string
  countries: string[]
  topics: string[]
}

export type NewsIndex = {
  items: IndexedItem[]
  /** Item positions, newest first. */
  newestFirst: number[]
  engine: MiniSearch<{id: number; title: string; summary: string; body: string}>
  countryNames: Map<string, string>
  topicNames: Map<string, string>
}

function present(values: Array<string | null> | null): string[] {
  return (values ?? []).filter((value): value is string => typeof value === 'string')
}

/** Builds the index in chunks, yielding between them so other requests keep being served meanwhile. */
export async function buildNewsIndex(documents: SearchDocuments, facets: FacetVocabulary): Promise<NewsIndex> {
  const items: IndexedItem[] = []
  const texts: Array<{id: number; title: string; summary: string; body: string}> = []
  for (const document of documents) {
    if (!document.slug || !document.title) continue
    const time = document.publishedAt ? Date.parse(document.publishedAt) : Number.NaN
    const id = items.length
    items.push({
      _id: document._id,
      title: document.title,
      slug: document.slug,
      publishedAt: document.publishedAt ?? '',
      time: Number.isNaN(time) ? 0 : time,
      place: document.place,
      summary: document.summary ?? '',
      countries: present(document.countries),
      topics: present(document.topics),
    })
    texts.push({id, title: document.title, summary: [document.place, document.summary].filter(Boolean).join(' '), body: document.body ?? ''})
  }
  const engine = new MiniSearch<{id: number; title: string; summary: string; body: string}>({
    fields: ['title', 'summary', 'body'],
    processTerm,
    searchOptions: {processTerm},
  })
  await engine.addAllAsync(texts, {chunkSize: INDEX_CHUNK})
  const newestFirst = items.map((_, index) => index).sort((a, b) => items[b]!.time - items[a]!.time || items[a]!.title.localeCompare(items[b]!.title))
  return {
    items,
    newestFirst,
    engine,
    countryNames: new Map(facets.countries.filter((country) => country.slug).map((country) => [country.slug!, country.name ?? country.slug!])),
    topicNames: new Map(facets.topics.filter((topic) => topic.slug).map((topic) => [topic.slug!, topic.title ?? topic.slug!])),
  }
}

function queryMatches(index: NewsIndex, q: string): Map<number, SearchResult> {
  const results = index.engine.search(q, {
    boost: FIELD_BOOST,
    combineWith: 'AND',
    prefix: (term) => term.length >= 3,
    fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
    maxFuzzy: 2,
    weights: {fuzzy: 0.3, prefix: 0.5},
  })
  return new Map(results.map((result) => [result.id as number, result]))
}

function countInto(counts: Map<string, number>, values: string[]) {
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1)
}

function facetList(counts: Map<string, number>, names: Map<string, string>, selected: string[]): FacetCount[] {
  const slugs = new Set([...counts.keys(), ...selected].filter((slug) => names.has(slug)))
  return [...slugs]
    .map((slug) => ({slug, label: names.get(slug)!, count: counts.get(slug) ?? 0}))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label))
}

/** Runs a search: query, filters (any country, any topic, date range; combined with AND), facet counts, sort and page. */
export function runSearch(index: NewsIndex, state: SearchState): SearchOutcome {
  const countries = state.countries.filter((slug) => index.countryNames.has(slug))
  const topics = state.topics.filter((slug) => index.topicNames.has(slug))
  const fromTime = state.from ? Date.parse(`${state.from}T00:00:00.000Z`) : -Infinity
  const toTime = state.to ? Date.parse(`${state.to}T23:59:59.999Z`) : Infinity
  const matches = state.q ? queryMatches(index, state.q) : null

  const countryFilter = new Set(countries)
  const topicFilter = new Set(topics)
  const countryCounts = new Map<string, number>()
  const topicCounts = new Map<string, number>()
  const selected: number[] = []
  for (const position of index.newestFirst) {
    if (matches && !matches.has(position)) continue
    const item = index.items[position]!
    if (item.time < fromTime || item.time > toTime) continue
    const inCountries = countryFilter.size === 0 || item.countries.some((slug) => countryFilter.has(slug))
    const inTopics = topicFilter.size === 0 || item.topics.some((slug) => topicFilter.has(slug))
    // Each facet counts what its options would give with every other filter kept.
    if (inTopics) countInto(countryCounts, item.countries)
    if (inCountries) countInto(topicCounts, item.topics)
    if (inCountries && inTopics) selected.push(position)
  }

  if (state.sort === 'oldest') selected.reverse()
  else if (state.sort === 'relevance' && matches) selected.sort((a, b) => matches.get(b)!.score - matches.get(a)!.score || index.items[b]!.time - index.items[a]!.time)

  const pages = Math.max(1, Math.ceil(selected.length / SEARCH_PAGE_SIZE))
  const page = Math.min(state.page, pages)
  const hits = selected.slice((page - 1) * SEARCH_PAGE_SIZE, page * SEARCH_PAGE_SIZE).map((position): SearchHit => {
    const item = index.items[position]!
    return {
      _id: item._id,
      title: item.title,
      slug: item.slug,
      publishedAt: item.publishedAt,
      place: item.place,
      summary: item.summary,
      countries: item.countries.filter((slug) => index.countryNames.has(slug)).map((slug) => ({slug, name: index.countryNames.get(slug)!})),
      topics: item.topics.filter((slug) => index.topicNames.has(slug)).map((slug) => ({slug, title: index.topicNames.get(slug)!})),
      matchedTerms: matches?.get(position)?.terms ?? [],
    }
  })

  return {
    total: selected.length,
    page,
    pages,
    hits,
    facets: {countries: facetList(countryCounts, index.countryNames, countries), topics: facetList(topicCounts, index.topicNames, topics)},
    unknown: {
      countries: state.countries.filter((slug) => !index.countryNames.has(slug)),
      topics: state.topics.filter((slug) => !index.topicNames.has(slug)),
    },
  }
}
