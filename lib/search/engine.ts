// The search engine: a MiniSearch index of news items plus filters, facet counts, sorting and paging, all in memory.
import MiniSearch, {type SearchOptions, type SearchResult} from 'minisearch'
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
  /** Positions in the index's facet vocabularies (integers keep facet counting cheap). */
  countries: number[]
  topics: number[]
}

type FacetValue = {slug: string; label: string}

export type NewsIndex = {
  items: IndexedItem[]
  /** Item positions, newest first. */
  newestFirst: Int32Array
  engine: MiniSearch<{id: number; title: string; summary: string; body: string}>
  countries: FacetValue[]
  topics: FacetValue[]
}

function vocabulary(values: Array<{slug: string | null; label: string | null}>): FacetValue[] {
  return values.filter((value): value is {slug: string; label: string | null} => typeof value.slug === 'string').map(({slug, label}) => ({slug, label: label ?? slug}))
}

function positions(slugs: Array<string | null> | null, lookup: Map<string, number>): number[] {
  const found: number[] = []
  for (const slug of slugs ?? []) {
    const position = slug === null ? undefined : lookup.get(slug)
    if (position !== undefined && !found.includes(position)) found.push(position)
  }
  return found
}

/** Builds the index in chunks, yielding between them so other requests keep being served meanwhile. */
export async function buildNewsIndex(documents: SearchDocuments, facets: FacetVocabulary): Promise<NewsIndex> {
  const countries = vocabulary(facets.countries.map((country) => ({slug: country.slug, label: country.name})))
  const topics = vocabulary(facets.topics.map((topic) => ({slug: topic.slug, label: topic.title})))
  const countryPositions = new Map(countries.map((country, position) => [country.slug, position]))
  const topicPositions = new Map(topics.map((topic, position) => [topic.slug, position]))
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
      countries: positions(document.countries, countryPositions),
      topics: positions(document.topics, topicPositions),
    })
    texts.push({id, title: document.title, summary: [document.place, document.summary].filter(Boolean).join(' '), body: document.body ?? ''})
  }
  const engine = new MiniSearch<{id: number; title: string; summary: string; body: string}>({
    fields: ['title', 'summary', 'body'],
    processTerm,
    searchOptions: {processTerm},
  })
  await engine.addAllAsync(texts, {chunkSize: INDEX_CHUNK})
  const newestFirst = Int32Array.from(
    items.map((_, position) => position).sort((a, b) => items[b]!.time - items[a]!.time || items[a]!.title.localeCompare(items[b]!.title)),
  )
  return {items, newestFirst, engine, countries, topics}
}

const BASE_OPTIONS: SearchOptions = {boost: FIELD_BOOST, combineWith: 'AND', weights: {fuzzy: 0.3, prefix: 0.5}}

/**
 * Matches the words: all of them must match (AND); the last word may be the start of a longer one (as readers
 * type). Only when that finds nothing are words of five letters or more allowed a typo or two.
 */
function queryMatches(index: NewsIndex, q: string): SearchResult[] {
  const prefix = (term: string, position: number, terms: string[]) => position === terms.length - 1 && term.length >= 3
  const exact = index.engine.search(q, {...BASE_OPTIONS, prefix})
  if (exact.length > 0) return exact
  return index.engine.search(q, {...BASE_OPTIONS, prefix, fuzzy: (term) => (term.length >= 5 ? 0.2 : false), maxFuzzy: 2})
}

function facetList(counts: Int32Array, values: FacetValue[], selected: Set<number>): FacetCount[] {
  const list: FacetCount[] = []
  values.forEach((value, position) => {
    if (counts[position]! > 0 || selected.has(position)) list.push({slug: value.slug, label: value.label, count: counts[position]!})
  })
  return list.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label))
}

function selectedPositions(slugs: string[], values: FacetValue[]): Set<number> {
  return new Set(slugs.map((slug) => values.findIndex((value) => value.slug === slug)).filter((position) => position >= 0))
}

function anyIn(values: number[], wanted: Set<number>): boolean {
  if (wanted.size === 0) return true
  for (const value of values) if (wanted.has(value)) return true
  return false
}

/** Runs a search: query, filters (any country, any topic, date range; combined with AND), facet counts, sort and page. */
export function runSearch(index: NewsIndex, state: SearchState): SearchOutcome {
  const {items} = index
  const countryFilter = selectedPositions(state.countries, index.countries)
  const topicFilter = selectedPositions(state.topics, index.topics)
  const fromTime = state.from ? Date.parse(`${state.from}T00:00:00.000Z`) : -Infinity
  const toTime = state.to ? Date.parse(`${state.to}T23:59:59.999Z`) : Infinity

  const results = state.q ? queryMatches(index, state.q) : null
  const countryCounts = new Int32Array(index.countries.length)
  const topicCounts = new Int32Array(index.topics.length)
  const selected: number[] = []
  /** Applies the date and facet filters to one item, counting facets on the way; true if the item is in. */
  const keep = (position: number): boolean => {
    const item = items[position]!
    if (item.time < fromTime || item.time > toTime) return false
    const inCountries = anyIn(item.countries, countryFilter)
    const inTopics = anyIn(item.topics, topicFilter)
    // Each facet counts what its options would give with every other filter kept.
    if (inTopics) for (const country of item.countries) countryCounts[country]! += 1
    if (inCountries) for (const topic of item.topics) topicCounts[topic]! += 1
    return inCountries && inTopics
  }

  if (results && state.sort === 'relevance') {
    // MiniSearch returns best first; equal scores are then put newest first.
    const selectedScores: number[] = []
    for (const result of results) {
      if (!keep(result.id as number)) continue
      selected.push(result.id as number)
      selectedScores.push(result.score)
    }
    for (let start = 0; start < selected.length; ) {
      let end = start + 1
      while (end < selected.length && selectedScores[end] === selectedScores[start]) end += 1
      if (end - start > 1) {
        const run = selected.slice(start, end).sort((a, b) => items[b]!.time - items[a]!.time)
        selected.splice(start, run.length, ...run)
      }
      start = end
    }
  } else {
    const matched = results ? new Uint8Array(items.length) : null
    if (results && matched) for (const result of results) matched[result.id as number] = 1
    for (const position of index.newestFirst) if ((!matched || matched[position]) && keep(position)) selected.push(position)
    if (state.sort === 'oldest') selected.reverse()
  }

  const pages = Math.max(1, Math.ceil(selected.length / SEARCH_PAGE_SIZE))
  const page = Math.min(state.page, pages)
  const onPage = selected.slice((page - 1) * SEARCH_PAGE_SIZE, page * SEARCH_PAGE_SIZE)
  const wanted = new Set(onPage)
  const matchedTerms = new Map(results?.filter((result) => wanted.has(result.id as number)).map((result) => [result.id as number, result.terms]))
  const hits = onPage.map((position): SearchHit => {
    const item = items[position]!
    return {
      _id: item._id,
      title: item.title,
      slug: item.slug,
      publishedAt: item.publishedAt,
      place: item.place,
      summary: item.summary,
      countries: item.countries.map((country) => ({slug: index.countries[country]!.slug, name: index.countries[country]!.label})),
      topics: item.topics.map((topic) => ({slug: index.topics[topic]!.slug, title: index.topics[topic]!.label})),
      matchedTerms: matchedTerms.get(position) ?? [],
    }
  })

  const known = (values: FacetValue[]) => new Set(values.map((value) => value.slug))
  const knownCountries = known(index.countries)
  const knownTopics = known(index.topics)
  return {
    total: selected.length,
    page,
    pages,
    hits,
    facets: {countries: facetList(countryCounts, index.countries, countryFilter), topics: facetList(topicCounts, index.topics, topicFilter)},
    unknown: {
      countries: state.countries.filter((slug) => !knownCountries.has(slug)),
      topics: state.topics.filter((slug) => !knownTopics.has(slug)),
    },
  }
}
