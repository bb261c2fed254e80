// The search engine: FlexSearch indexes of word keys per field, plus filters, facet counts, sorting and paging in memory.
import {distance} from 'fastest-levenshtein'
import {Index} from 'flexsearch'
import type {SEARCH_DOCUMENTS_QUERY_RESULT, SEARCH_FACETS_QUERY_RESULT} from '@/sanity.types'
import {isoDay} from '@/lib/dates'
import type {SearchState} from './params'
import {searchTerms} from './terms'

export const SEARCH_PAGE_SIZE = 20

/** Title matches outrank lead matches, which outrank body matches. */
const FIELD_BOOST = {title: 6, summary: 2.5, body: 1} as const
type Field = keyof typeof FIELD_BOOST
const FIELDS = Object.keys(FIELD_BOOST) as Field[]

/** A word that only starts a longer one, or is a typo of one, counts for less than the word itself. */
const PREFIX_WEIGHT = 0.5
const TYPO_WEIGHT = 0.3
/** Prefix matching needs this many letters, and considers at most this many longer words. */
const MIN_PREFIX = 3
const MAX_PREFIX_EXPANSIONS = 64
/** Words this long may have one typo; twice this long, two. */
const TYPO_LENGTH = 5

const INDEX_CHUNK = 250

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
  /** Word keys the search matched, for highlighting. */
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
  /** The calendar day readers see ("2020-07-13", in the office's time zone), for the date filters; '' when undated. */
  day: string
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
  /** One inverted index a field; texts go in as word keys (see terms.ts), so lookups are by key. */
  fields: Record<Field, Index>
  /** Every word key in the index, sorted: prefixes and typos are resolved against it. */
  vocabulary: string[]
  countries: FacetValue[]
  topics: FacetValue[]
}

/** Facet values by slug, once each (the first wins if a slug is repeated). */
function vocabularyOf(values: Array<{slug: string | null; label: string | null}>): FacetValue[] {
  const bySlug = new Map<string, FacetValue>()
  for (const {slug, label} of values) if (slug !== null && !bySlug.has(slug)) bySlug.set(slug, {slug, label: label ?? slug})
  return [...bySlug.values()]
}

function positions(slugs: Array<string | null> | null, lookup: Map<string, number>): number[] {
  const found: number[] = []
  for (const slug of slugs ?? []) {
    const position = slug === null ? undefined : lookup.get(slug)
    if (position !== undefined && !found.includes(position)) found.push(position)
  }
  return found
}

/** Texts are turned into keys here, once; FlexSearch then only splits them on spaces. */
const splitKeys = (keys: string) => (keys ? keys.split(' ') : [])

function fieldIndex(): Index {
  return new Index({tokenize: 'strict', resolution: 1, encode: splitKeys})
}

const yieldToOtherRequests = () => new Promise<void>((resolve) => setImmediate(resolve))

/** Builds the index in chunks, yielding between them so other requests keep being served meanwhile. */
export async function buildNewsIndex(documents: SearchDocuments, facets: FacetVocabulary): Promise<NewsIndex> {
  const countries = vocabularyOf(facets.countries.map((country) => ({slug: country.slug, label: country.name})))
  const topics = vocabularyOf(facets.topics.map((topic) => ({slug: topic.slug, label: topic.title})))
  const countryPositions = new Map(countries.map((country, position) => [country.slug, position]))
  const topicPositions = new Map(topics.map((topic, position) => [topic.slug, position]))
  const fields = {title: fieldIndex(), summary: fieldIndex(), body: fieldIndex()}
  const vocabulary = new Set<string>()
  const items: IndexedItem[] = []
  for (const document of documents) {
    if (!document.slug || !document.title) continue
    const time = document.publishedAt ? Date.parse(document.publishedAt) : Number.NaN
    const position = items.length
    items.push({
      _id: document._id,
      title: document.title,
      slug: document.slug,
      publishedAt: document.publishedAt ?? '',
      time: Number.isNaN(time) ? 0 : time,
      day: isoDay(document.publishedAt),
      place: document.place,
      summary: document.summary ?? '',
      countries: positions(document.countries, countryPositions),
      topics: positions(document.topics, topicPositions),
    })
    const texts: Record<Field, string> = {title: document.title, summary: [document.place, document.summary].filter(Boolean).join(' '), body: document.body ?? ''}
    for (const field of FIELDS) {
      const keys = searchTerms(texts[field])
      for (const key of keys) vocabulary.add(key)
      fields[field].add(position, keys.join(' '))
    }
    if (position % INDEX_CHUNK === INDEX_CHUNK - 1) await yieldToOtherRequests()
  }
  const newestFirst = Int32Array.from(
    items.map((_, position) => position).sort((a, b) => items[b]!.time - items[a]!.time || items[a]!.title.localeCompare(items[b]!.title)),
  )
  return {items, newestFirst, fields, vocabulary: [...vocabulary].sort(), countries, topics}
}

type Expansion = {key: string; weight: number}

/** Index keys that start with `key` (the key itself first), from the sorted vocabulary. */
function prefixExpansions(vocabulary: string[], key: string): Expansion[] {
  let low = 0
  let high = vocabulary.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (vocabulary[middle]! < key) low = middle + 1
    else high = middle
  }
  const found: Expansion[] = []
  for (let at = low; at < vocabulary.length && found.length < MAX_PREFIX_EXPANSIONS && vocabulary[at]!.startsWith(key); at += 1) {
    found.push({key: vocabulary[at]!, weight: vocabulary[at] === key ? 1 : PREFIX_WEIGHT})
  }
  return found
}

/** Index keys one typo away (two for long words) from `key`, for words of five letters or more. */
function typoExpansions(vocabulary: string[], key: string): Expansion[] {
  if (key.length < TYPO_LENGTH) return []
  const allowed = key.length >= 2 * TYPO_LENGTH ? 2 : 1
  return vocabulary.filter((candidate) => Math.abs(candidate.length - key.length) <= allowed && distance(candidate, key) <= allowed).map((candidate) => ({key: candidate, weight: candidate === key ? 1 : TYPO_WEIGHT}))
}

type QueryMatch = {scores: Float64Array; matched: Uint8Array; keys: string[]}

/** Scores items for one list of expansions per query word; an item matches when every word matched (AND). */
function scoreWords(index: NewsIndex, words: Expansion[][]): QueryMatch {
  const size = index.items.length
  const scores = new Float64Array(size)
  const wordsMatched = new Uint8Array(size)
  const best = new Float64Array(size)
  for (const expansions of words) {
    best.fill(0)
    for (const {key, weight} of expansions) {
      for (const field of FIELDS) {
        const value = FIELD_BOOST[field] * weight
        for (const id of index.fields[field].search(key, {limit: size}) as number[]) if (value > best[id]!) best[id] = value
      }
    }
    for (let position = 0; position < size; position += 1) {
      if (best[position]! > 0) {
        scores[position]! += best[position]!
        wordsMatched[position]! += 1
      }
    }
  }
  const matched = new Uint8Array(size)
  for (let position = 0; position < size; position += 1) if (wordsMatched[position] === words.length && words.length > 0) matched[position] = 1
  return {scores, matched, keys: [...new Set(words.flat().map((expansion) => expansion.key))]}
}

/**
 * Matches the words: all must match (AND); the last may be the start of a longer word (as readers type). Only
 * when that finds nothing may words of five letters or more have a typo (one; two from ten letters).
 */
function queryMatches(index: NewsIndex, q: string): QueryMatch {
  const keys = searchTerms(q)
  const exact = keys.map((key, position) => (position === keys.length - 1 && key.length >= MIN_PREFIX ? prefixExpansions(index.vocabulary, key) : [{key, weight: 1}]))
  const found = scoreWords(index, exact)
  if (found.matched.includes(1) || keys.length === 0) return found
  return scoreWords(
    index,
    keys.map((key, position) => {
      const typos = typoExpansions(index.vocabulary, key)
      return [...exact[position]!.filter((expansion) => !typos.some((typo) => typo.key === expansion.key)), ...typos]
    }),
  )
}

function facetList(counts: Int32Array, values: FacetValue[], selected: Set<number>): FacetCount[] {
  const list: FacetCount[] = []
  values.forEach((value, position) => {
    if (counts[position]! > 0 || selected.has(position)) list.push({slug: value.slug, label: value.label, count: counts[position]!})
  })
  return list.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label))
}

function selectedPositions(slugs: string[], values: FacetValue[]): Set<number> {
  const wanted = new Set(slugs)
  const found = new Set<number>()
  values.forEach((value, position) => {
    if (wanted.has(value.slug)) found.add(position)
  })
  return found
}

function anyIn(values: number[], wanted: Set<number>): boolean {
  if (wanted.size === 0) return true
  for (const value of values) if (wanted.has(value)) return true
  return false
}

/** Groups positions (kept in their current order) by score, best first: equal scores stay newest first. */
function byScore(positions: number[], scores: Float64Array): number[] {
  const groups = new Map<number, number[]>()
  for (const position of positions) {
    const score = scores[position]!
    const group = groups.get(score)
    if (group) group.push(position)
    else groups.set(score, [position])
  }
  return [...groups.keys()].sort((a, b) => b - a).flatMap((score) => groups.get(score)!)
}

/** Runs a search: query, filters (any country, any topic, date range; combined with AND), facet counts, sort and page. */
export function runSearch(index: NewsIndex, state: SearchState): SearchOutcome {
  const {items} = index
  const countryFilter = selectedPositions(state.countries, index.countries)
  const topicFilter = selectedPositions(state.topics, index.topics)
  const match = state.q ? queryMatches(index, state.q) : null

  const countryCounts = new Int32Array(index.countries.length)
  const topicCounts = new Int32Array(index.topics.length)
  let selected: number[] = []
  for (const position of index.newestFirst) {
    if (match && !match.matched[position]) continue
    const item = items[position]!
    if ((state.from && item.day < state.from) || (state.to && item.day > state.to)) continue
    const inCountries = anyIn(item.countries, countryFilter)
    const inTopics = anyIn(item.topics, topicFilter)
    // Each facet counts what its options would give with every other filter kept.
    if (inTopics) for (const country of item.countries) countryCounts[country]! += 1
    if (inCountries) for (const topic of item.topics) topicCounts[topic]! += 1
    if (inCountries && inTopics) selected.push(position)
  }
  if (state.sort === 'oldest') selected.reverse()
  else if (state.sort === 'relevance' && match) selected = byScore(selected, match.scores)

  const pages = Math.max(1, Math.ceil(selected.length / SEARCH_PAGE_SIZE))
  const page = Math.min(state.page, pages)
  const hits = selected.slice((page - 1) * SEARCH_PAGE_SIZE, page * SEARCH_PAGE_SIZE).map((position): SearchHit => {
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
      matchedTerms: match?.keys ?? [],
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
