// The search engine: FlexSearch indexes of word keys per field, plus filters, facet counts, sorting and paging in memory.
import {distance} from 'fastest-levenshtein'
import {Index} from 'flexsearch'
import {PassjoinIndex} from 'mnemonist'
import type {SEARCH_DOCUMENTS_QUERY_RESULT, SEARCH_FACETS_QUERY_RESULT} from '@/sanity.types'
import {isoDay, siteTimeZone} from '@/lib/format/dates'
import type {SearchState} from './search-params'
import {keyLength, queryWords, searchTerms, type TextLanguage} from './terms'

export const SEARCH_PAGE_SIZE = 20

/**
 * Title matches outrank lead matches, which outrank the names of the item's countries and topics (in every language,
 * so a Spanish query finds an English item of a matching topic), which outrank body matches.
 */
export const FIELD_BOOST = {title: 6, summary: 2.5, names: 2, body: 1} as const
type Field = keyof typeof FIELD_BOOST
const FIELDS = Object.keys(FIELD_BOOST) as Field[]

/** A word that only starts a longer one, or is a typo of one, counts for less than the word itself. */
export const PREFIX_WEIGHT = 0.5
export const TYPO_WEIGHT = 0.3
/** Prefix matching needs this many letters, and considers at most this many longer words. */
export const MIN_PREFIX = 3
export const MAX_PREFIX_EXPANSIONS = 64
/** Words this long may have one typo; twice this long, two. */
export const TYPO_LENGTH = 5
const MAX_TYPOS = 2

/**
 * Bounds on the work of one query, whatever its text (security review 2026-11-30, finding 3): repeated words count
 * once, only the first words count, only a few words may have typos, and each typo finds a bounded number of words.
 */
export const MAX_QUERY_WORDS = 8
export const MAX_TYPO_WORDS = 3
export const MAX_TYPO_EXPANSIONS = 16

const INDEX_CHUNK = 250

type SearchDocuments = SEARCH_DOCUMENTS_QUERY_RESULT
type FacetVocabulary = SEARCH_FACETS_QUERY_RESULT

/** What a result card shows; kept in memory so results need no second query. */
export type SearchHit = {
  _id: string
  /** The language the item is written in (its words were indexed, and are highlighted, by its rules). */
  language: TextLanguage
  title: string
  slug: string
  publishedAt: string
  place: string | null
  summary: string
  countries: Array<{slug: string; name: string}>
  topics: Array<{slug: string; title: string}>
  /** The main image for the card's thumbnail, or null. */
  image: SearchDocuments[number]['image']
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
  language: TextLanguage
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
  image: SearchDocuments[number]['image']
}

type FacetValue = {slug: string; label: string}

export type NewsIndex = {
  items: IndexedItem[]
  /** Item positions, newest first. */
  newestFirst: Int32Array
  /** One inverted index a field; texts go in as word keys (see terms.ts), so lookups are by key. */
  fields: Record<Field, Index>
  /** Every word key in the index, sorted: prefixes are resolved against it. */
  vocabulary: string[]
  /** The vocabulary's words that a typo can lead to, indexed for edit-distance lookups (no scan of every word). */
  typoIndex: PassjoinIndex<string>
  countries: FacetValue[]
  topics: FacetValue[]
}

/** The country and topic names of one language, indexed by that language's rules (see buildNewsIndex). */
export type FacetNames = {language: TextLanguage; facets: FacetVocabulary}

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

/** Each slug's name keys, in every language given: "reclutamiento-etico" → keys of "Ethical recruitment" and "Reclutamiento ético". */
export function nameKeys(facetNames: FacetNames[]): {countries: Map<string, string[]>; topics: Map<string, string[]>} {
  const countries = new Map<string, string[]>()
  const topics = new Map<string, string[]>()
  const add = (map: Map<string, string[]>, slug: string | null, name: string | null, language: TextLanguage) => {
    if (slug === null || name === null) return
    const keys = searchTerms(name, language)
    map.set(slug, [...(map.get(slug) ?? []), ...keys])
  }
  for (const {language, facets} of facetNames) {
    for (const country of facets.countries) add(countries, country.slug, country.name, language)
    for (const topic of facets.topics) add(topics, topic.slug, topic.title, language)
  }
  return {countries, topics}
}

/**
 * Builds the index in chunks, yielding between them so other requests keep being served meanwhile. Date filters
 * match the calendar days of `timeZone` (the office's, from the site settings), the days readers see. `facetNames`:
 * the country and topic names to find items by, in each language (facets' labels stay `facets`, the reader's).
 */
export async function buildNewsIndex(
  documents: SearchDocuments,
  facets: FacetVocabulary,
  timeZone: string = siteTimeZone(),
  facetNames: FacetNames[] = [],
): Promise<NewsIndex> {
  const countries = vocabularyOf(facets.countries.map((country) => ({slug: country.slug, label: country.name})))
  const topics = vocabularyOf(facets.topics.map((topic) => ({slug: topic.slug, label: topic.title})))
  const countryPositions = new Map(countries.map((country, position) => [country.slug, position]))
  const topicPositions = new Map(topics.map((topic, position) => [topic.slug, position]))
  const fields = {title: fieldIndex(), summary: fieldIndex(), names: fieldIndex(), body: fieldIndex()}
  const names = nameKeys(facetNames)
  const vocabulary = new Set<string>()
  const items: IndexedItem[] = []
  for (const document of documents) {
    if (!document.slug || !document.title) continue
    const time = document.publishedAt ? Date.parse(document.publishedAt) : Number.NaN
    const position = items.length
    const language: TextLanguage = document.language === 'es' ? 'es' : 'en'
    items.push({
      _id: document._id,
      language,
      title: document.title,
      slug: document.slug,
      publishedAt: document.publishedAt ?? '',
      time: Number.isNaN(time) ? 0 : time,
      day: isoDay(document.publishedAt, timeZone),
      place: document.place,
      summary: document.summary ?? '',
      countries: positions(document.countries, countryPositions),
      topics: positions(document.topics, topicPositions),
      image: document.image ?? null,
    })
    const texts: Record<Exclude<Field, 'names'>, string> = {
      title: document.title,
      summary: [document.place, document.summary].filter(Boolean).join(' '),
      body: document.body ?? '',
    }
    const itemNames = [
      ...(document.countries ?? []).flatMap((slug) => (slug === null ? [] : (names.countries.get(slug) ?? []))),
      ...(document.topics ?? []).flatMap((slug) => (slug === null ? [] : (names.topics.get(slug) ?? []))),
    ]
    for (const field of FIELDS) {
      const keys = field === 'names' ? [...new Set(itemNames)] : searchTerms(texts[field], language)
      for (const key of keys) vocabulary.add(key)
      fields[field].add(position, keys.join(' '))
    }
    if (position % INDEX_CHUNK === INDEX_CHUNK - 1) await yieldToOtherRequests()
  }
  const newestFirst = Int32Array.from(
    items.map((_, position) => position).sort((a, b) => items[b]!.time - items[a]!.time || items[a]!.title.localeCompare(items[b]!.title)),
  )
  const sorted = [...vocabulary].sort()
  return {items, newestFirst, fields, vocabulary: sorted, typoIndex: await typoIndexOf(sorted), countries, topics}
}

/**
 * A Pass-join index (mnemonist) of the words a typo can lead to: those of TYPO_LENGTH - 1 letters or more, since
 * shorter query words get no typos. It finds every word within two edits by looking up segments of the query word,
 * instead of comparing it with the whole vocabulary.
 */
async function typoIndexOf(vocabulary: string[]): Promise<PassjoinIndex<string>> {
  const typoIndex = new PassjoinIndex<string>(distance, MAX_TYPOS)
  for (const [position, word] of vocabulary.entries()) {
    if (keyLength(word) >= TYPO_LENGTH - 1) typoIndex.add(word)
    if (position % (INDEX_CHUNK * 20) === INDEX_CHUNK * 20 - 1) await yieldToOtherRequests()
  }
  return typoIndex
}

type Expansion = {key: string; weight: number}

/** Where `key` is, or would be, in the sorted vocabulary. */
function vocabularyPosition(vocabulary: string[], key: string): number {
  let low = 0
  let high = vocabulary.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (vocabulary[middle]! < key) low = middle + 1
    else high = middle
  }
  return low
}

function inVocabulary(vocabulary: string[], key: string): boolean {
  return vocabulary[vocabularyPosition(vocabulary, key)] === key
}

/** Index keys that start with `key` (the key itself first), from the sorted vocabulary. */
function prefixExpansions(vocabulary: string[], key: string): Expansion[] {
  const low = vocabularyPosition(vocabulary, key)
  const found: Expansion[] = []
  for (let at = low; at < vocabulary.length && found.length < MAX_PREFIX_EXPANSIONS && vocabulary[at]!.startsWith(key); at += 1) {
    found.push({key: vocabulary[at]!, weight: vocabulary[at] === key ? 1 : PREFIX_WEIGHT})
  }
  return found
}

/**
 * Index keys one typo away (two for long words) from `key`, for words of five letters or more: the key itself
 * first, then the nearest, at most MAX_TYPO_EXPANSIONS.
 */
function typoExpansions(typoIndex: PassjoinIndex<string>, key: string): Expansion[] {
  if (keyLength(key) < TYPO_LENGTH) return []
  const allowed = keyLength(key) >= 2 * TYPO_LENGTH ? 2 : 1
  const found: Array<{key: string; edits: number}> = []
  for (const candidate of typoIndex.search(key)) {
    const edits = distance(candidate, key)
    if (edits <= allowed) found.push({key: candidate, edits})
  }
  found.sort((a, b) => a.edits - b.edits || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
  return found.slice(0, MAX_TYPO_EXPANSIONS).map(({key: candidate, edits}) => ({key: candidate, weight: edits === 0 ? 1 : TYPO_WEIGHT}))
}

/** The query's words, each as its keys in both languages: each word once (where it was last typed), at most MAX_QUERY_WORDS. */
function queryKeys(q: string): string[][] {
  const lastFirst = new Map(
    queryWords(q)
      .reverse()
      .map((keys) => [keys.join(' '), keys] as const),
  )
  return [...lastFirst.values()].reverse().slice(0, MAX_QUERY_WORDS)
}

/** The words that may have typos: at most MAX_TYPO_WORDS, words the index does not know first (they are the likely typos). */
function typoCandidates(vocabulary: string[], words: string[][]): Set<string[]> {
  const long = words.filter((keys) => keys.some((key) => keyLength(key) >= TYPO_LENGTH))
  const known = (keys: string[]) => keys.some((key) => inVocabulary(vocabulary, key))
  return new Set([...long.filter((keys) => !known(keys)), ...long.filter(known)].slice(0, MAX_TYPO_WORDS))
}

/** One word's expansions: each of its keys, the last word's also as the start of longer words. */
function exactExpansions(vocabulary: string[], keys: string[], last: boolean): Expansion[] {
  return keys.flatMap((key) => (last && keyLength(key) >= MIN_PREFIX ? prefixExpansions(vocabulary, key) : [{key, weight: 1}]))
}

type QueryMatch = {scores: Float64Array; matched: Uint8Array; keys: string[]}

/** Scores items for one list of expansions per query word; an item matches when every word matched (AND). */
function scoreWords(index: NewsIndex, words: Expansion[][]): QueryMatch {
  const size = index.items.length
  const scores = new Float64Array(size)
  // A word with no key in the index matches no item, so no item can match them all: nothing to score.
  if (words.some((expansions) => !expansions.some(({key}) => inVocabulary(index.vocabulary, key)))) {
    return {scores, matched: new Uint8Array(size), keys: []}
  }
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
 * Matches the words (each once, the first MAX_QUERY_WORDS): all must match (AND); the last may be the start of a
 * longer word (as readers type). Only when that finds nothing may words of five letters or more have a typo (one;
 * two from ten letters), for at most MAX_TYPO_WORDS words.
 */
function queryMatches(index: NewsIndex, q: string): QueryMatch {
  const words = queryKeys(q)
  const exact = words.map((keys, position) => exactExpansions(index.vocabulary, keys, position === words.length - 1))
  const found = scoreWords(index, exact)
  if (found.matched.includes(1) || words.length === 0) return found
  const typoWords = typoCandidates(index.vocabulary, words)
  return scoreWords(
    index,
    words.map((keys, position) => {
      if (!typoWords.has(keys)) return exact[position]!
      const typos = keys.flatMap((key) => typoExpansions(index.typoIndex, key))
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

/**
 * Runs a search: query, filters (any country, any topic, date range; combined with AND), facet counts, sort and page
 * (of `pageSize` items: the search page's 20 unless the open data API asks for another size).
 */
export function runSearch(index: NewsIndex, state: SearchState, pageSize: number = SEARCH_PAGE_SIZE): SearchOutcome {
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

  const pages = Math.max(1, Math.ceil(selected.length / pageSize))
  const page = Math.min(state.page, pages)
  const hits = selected.slice((page - 1) * pageSize, page * pageSize).map((position): SearchHit => {
    const item = items[position]!
    return {
      _id: item._id,
      language: item.language,
      title: item.title,
      slug: item.slug,
      publishedAt: item.publishedAt,
      place: item.place,
      summary: item.summary,
      countries: item.countries.map((country) => ({slug: index.countries[country]!.slug, name: index.countries[country]!.label})),
      topics: item.topics.map((topic) => ({slug: index.topics[topic]!.slug, title: index.topics[topic]!.label})),
      image: item.image,
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
