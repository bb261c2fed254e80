// The search engine: what an item's words are per field, matching over posting lists of word keys (from wherever they
// are kept: lib/search/stored-index.ts), then filters, facet counts, sorting and paging over typed arrays.
import {distance} from 'fastest-levenshtein'
import {PassjoinIndex} from 'mnemonist'
import type {SEARCH_DOCUMENTS_QUERY_RESULT, SEARCH_FACETS_QUERY_RESULT} from '@/sanity.types'
import {isoDay} from '@/lib/format/dates'
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

/** Each field's bit in a posting: an item's entry in a word key's posting list says which fields have the key. */
export const FIELD_BITS: Record<Field, number> = {title: 1, summary: 2, names: 4, body: 8}

/** For each combination of field bits, the boost of its best field (a key scores once per item, by its best field). */
const BEST_BOOST = Float64Array.from({length: 16}, (_, bits) => Math.max(0, ...FIELDS.filter((field) => bits & FIELD_BITS[field]).map((field) => FIELD_BOOST[field])))

/** The items (positions, ascending) that have one word key, and the field bits of each. */
export type Posting = {items: Int32Array; fields: Uint8Array}

/** The posting of a key the search asked for, if any item has it. */
export type PostingLookup = (key: string) => Posting | undefined

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

/** The typo index is built in chunks of this many words, yielding to other requests between them. */
const TYPO_INDEX_CHUNK = 5_000

type SearchDocuments = SEARCH_DOCUMENTS_QUERY_RESULT
type FacetVocabulary = SEARCH_FACETS_QUERY_RESULT

/** What a result card shows. */
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

/** What a result card shows of an item, as the index keeps it. */
export type ItemCard = Omit<SearchHit, 'countries' | 'topics' | 'matchedTerms'>

/** An item as the index keeps it besides its words. */
export type ItemRecord = ItemCard & {
  time: number
  /** The calendar day readers see ("2020-07-13", in the office's time zone), for the date filters; '' when undated. */
  day: string
}

export type FacetValue = {slug: string; label: string}

/** The country and topic names of one language, indexed by that language's rules (see nameKeys). */
export type FacetNames = {language: TextLanguage; facets: FacetVocabulary}

/** Facet values by slug, once each (the first wins if a slug is repeated). */
export function vocabularyOf(values: Array<{slug: string | null; label: string | null}>): FacetValue[] {
  const bySlug = new Map<string, FacetValue>()
  for (const {slug, label} of values) if (slug !== null && !bySlug.has(slug)) bySlug.set(slug, {slug, label: label ?? slug})
  return [...bySlug.values()]
}

/** Positions of the slugs in a facet vocabulary, each once, in their order; unknown slugs left out. */
export function positions(slugs: Array<string | null> | null, lookup: Map<string, number>): number[] {
  const found: number[] = []
  for (const slug of slugs ?? []) {
    const position = slug === null ? undefined : lookup.get(slug)
    if (position !== undefined && !found.includes(position)) found.push(position)
  }
  return found
}

const yieldToOtherRequests = () => new Promise<void>((resolve) => setImmediate(resolve))

/** What nameKeys reads of one language's country and topic names. */
export type NameSource = {
  language: TextLanguage
  facets: {countries: Array<{slug: string | null; name: string | null}>; topics: Array<{slug: string | null; title: string | null}>}
}

/** Each slug's name keys, in every language given: "reclutamiento-etico" → keys of "Ethical recruitment" and "Reclutamiento ético". */
export function nameKeys(facetNames: NameSource[]): {countries: Map<string, string[]>; topics: Map<string, string[]>} {
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

/** The record of an item, or null for one without slug or title (not indexed). */
export function itemRecord(document: SearchDocuments[number], timeZone: string): ItemRecord | null {
  if (!document.slug || !document.title) return null
  const time = document.publishedAt ? Date.parse(document.publishedAt) : Number.NaN
  return {
    _id: document._id,
    language: document.language === 'es' ? 'es' : 'en',
    title: document.title,
    slug: document.slug,
    publishedAt: document.publishedAt ?? '',
    time: Number.isNaN(time) ? 0 : time,
    day: isoDay(document.publishedAt, timeZone),
    place: document.place,
    summary: document.summary ?? '',
    image: document.image ?? null,
  }
}

/** The word keys of an item per field: its texts by its language's rules, its countries' and topics' names in every language. */
export function itemKeys(document: SearchDocuments[number], language: TextLanguage, names: ReturnType<typeof nameKeys>): Record<Field, string[]> {
  const itemNames = [
    ...(document.countries ?? []).flatMap((slug) => (slug === null ? [] : (names.countries.get(slug) ?? []))),
    ...(document.topics ?? []).flatMap((slug) => (slug === null ? [] : (names.topics.get(slug) ?? []))),
  ]
  return {
    title: searchTerms(document.title ?? '', language),
    summary: searchTerms([document.place, document.summary].filter(Boolean).join(' '), language),
    names: [...new Set(itemNames)],
    body: searchTerms(document.body ?? '', language),
  }
}

/** Item positions newest first; equal times by title. */
export function newestOrder(items: Array<{time: number; title: string}>): Int32Array {
  return Int32Array.from(items.map((_, position) => position).sort((a, b) => items[b]!.time - items[a]!.time || items[a]!.title.localeCompare(items[b]!.title)))
}

/**
 * A Pass-join index (mnemonist) of the words a typo can lead to: those of TYPO_LENGTH - 1 letters or more, since
 * shorter query words get no typos. It finds every word within two edits by looking up segments of the query word,
 * instead of comparing it with the whole vocabulary. Given `typoIndex`, adds the words to it (words new to a vocabulary).
 */
export async function typoIndexOf(vocabulary: string[], typoIndex = new PassjoinIndex<string>(distance, MAX_TYPOS)): Promise<PassjoinIndex<string>> {
  for (const [position, word] of vocabulary.entries()) {
    if (keyLength(word) >= TYPO_LENGTH - 1) typoIndex.add(word)
    if (position % TYPO_INDEX_CHUNK === TYPO_INDEX_CHUNK - 1) await yieldToOtherRequests()
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

/** Whether the sorted vocabulary (or any sorted list of words) has `key`. */
export function inVocabulary(vocabulary: string[], key: string): boolean {
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

export type QueryMatch = {scores: Float64Array; matched: Uint8Array; keys: string[]}

/** What matching needs of an index: its size, its sorted vocabulary and the typo index of it, and items it does not list. */
export type MatchIndex = {
  size: number
  vocabulary: string[]
  typoIndex: PassjoinIndex<string>
  /** Items present in the postings but not listed by this index (1): they never match. */
  unlisted?: Uint8Array
}

/** Scores items for one list of expansions per query word; an item matches when every word matched (AND). */
function scoreWords(index: MatchIndex, postings: PostingLookup, words: Expansion[][]): QueryMatch {
  const {size} = index
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
      const posting = postings(key)
      if (!posting) continue
      const {items, fields} = posting
      for (let at = 0; at < items.length; at += 1) {
        const value = BEST_BOOST[fields[at]!]! * weight
        if (value > best[items[at]!]!) best[items[at]!] = value
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
  for (let position = 0; position < size; position += 1) {
    if (wordsMatched[position] === words.length && words.length > 0 && !index.unlisted?.[position]) matched[position] = 1
  }
  return {scores, matched, keys: [...new Set(words.flat().map((expansion) => expansion.key))]}
}

/** The keys of the expansions the index knows: the postings a scoring step reads. */
function knownKeys(vocabulary: string[], words: Expansion[][]): string[] {
  return [...new Set(words.flat().map(({key}) => key))].filter((key) => inVocabulary(vocabulary, key))
}

/**
 * Matches the words (each once, the first MAX_QUERY_WORDS): all must match (AND); the last may be the start of a
 * longer word (as readers type). Only when that finds nothing may words of five letters or more have a typo (one;
 * two from ten letters), for at most MAX_TYPO_WORDS words. A generator: it yields the keys whose postings each
 * scoring step needs and is resumed with them, so postings may come from memory or from a database.
 */
export function* matchQuery(index: MatchIndex, q: string): Generator<string[], QueryMatch, PostingLookup> {
  const words = queryKeys(q)
  const exact = words.map((keys, position) => exactExpansions(index.vocabulary, keys, position === words.length - 1))
  const found = scoreWords(index, yield knownKeys(index.vocabulary, exact), exact)
  if (found.matched.includes(1) || words.length === 0) return found
  const typoWords = typoCandidates(index.vocabulary, words)
  const withTypos = words.map((keys, position) => {
    if (!typoWords.has(keys)) return exact[position]!
    const typos = keys.flatMap((key) => typoExpansions(index.typoIndex, key))
    return [...exact[position]!.filter((expansion) => !typos.some((typo) => typo.key === expansion.key)), ...typos]
  })
  return scoreWords(index, yield knownKeys(index.vocabulary, withTypos), withTypos)
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

/** Whether any of \`list[from]\` up to \`list[to]\` is wanted (all are when nothing is). */
function anyIn(list: Int32Array, from: number, to: number, wanted: Uint8Array | null): boolean {
  if (!wanted) return true
  for (let at = from; at < to; at++) if (wanted[list[at]!]) return true
  return false
}

/** The selected facet positions as a mask (null when none is selected: every item passes). */
function facetMask(selected: Set<number>, values: FacetValue[]): Uint8Array | null {
  if (selected.size === 0) return null
  const mask = new Uint8Array(values.length)
  for (const position of selected) mask[position] = 1
  return mask
}

/**
 * Orders the first \`count\` positions by score, best first, keeping their current order among equal scores (newest
 * first): a counting sort over the few distinct scores a query can give, in typed arrays (100,000 matches: 2–3 ms,
 * where one array per score took 5–9 ms).
 */
function byScore(positions: Int32Array, count: number, scores: Float64Array): Int32Array {
  const groupOfItem = new Int32Array(count)
  const distinct: number[] = []
  // The last score's group first (neighbours often score alike), then the few seen so far.
  let last = Number.NaN
  let lastGroup = -1
  for (let at = 0; at < count; at++) {
    const score = scores[positions[at]!]!
    if (score !== last) {
      lastGroup = distinct.indexOf(score)
      if (lastGroup === -1) lastGroup = distinct.push(score) - 1
      last = score
    }
    groupOfItem[at] = lastGroup
  }
  const sizes = new Int32Array(distinct.length)
  for (let at = 0; at < count; at++) sizes[groupOfItem[at]!]! += 1
  // Each group's first slot, groups in descending score order.
  const starts = new Int32Array(distinct.length)
  const descending = distinct.map((score, group) => ({score, group})).sort((a, b) => b.score - a.score)
  let next = 0
  for (const {group} of descending) {
    starts[group] = next
    next += sizes[group]!
  }
  const ordered = new Int32Array(count)
  for (let at = 0; at < count; at++) ordered[starts[groupOfItem[at]!]!++] = positions[at]!
  return ordered
}

/**
 * Each item's countries (or topics) as facet positions, in columns: item \`p\`'s are \`list[start[p]]\` up to
 * \`list[start[p + 1]]\`. Typed arrays, not an object per item: counting facets over 100,000 items' objects took
 * 25–45 ms a search, over these columns a few (scattered objects and V8's element kinds).
 */
export type FacetColumn = {start: Int32Array; list: Int32Array}

/** Builds a FacetColumn from each item's positions, in item order. */
export function facetColumn(perItem: ArrayLike<number[]>): FacetColumn {
  const start = new Int32Array(perItem.length + 1)
  for (let item = 0; item < perItem.length; item++) start[item + 1] = start[item]! + perItem[item]!.length
  const list = new Int32Array(start[perItem.length]!)
  for (let item = 0; item < perItem.length; item++) list.set(perItem[item]!, start[item]!)
  return {start, list}
}

/** One item's positions in a FacetColumn. */
function facetsOf(column: FacetColumn, item: number): number[] {
  return Array.from(column.list.subarray(column.start[item]!, column.start[item + 1]!))
}

/** What filtering, counting and ordering read of an index, by item position (only listed ones need be right). */
export type SelectIndex = {
  /** Listed item positions, newest first. */
  newestFirst: Int32Array
  /** Each item's calendar day ("2020-07-13", office time zone; '' when undated). */
  days: ArrayLike<string>
  itemCountries: FacetColumn
  itemTopics: FacetColumn
  countries: FacetValue[]
  topics: FacetValue[]
}

/** The outcome of a search but its hits: the page's item positions instead. */
export type Selection = Omit<SearchOutcome, 'hits'> & {positions: number[]}

/**
 * Filters (any country, any topic, date range; combined with AND) the matches (all listed items without `match`),
 * counts facets, sorts and cuts the page (of `pageSize` items).
 */
export function selectPage(index: SelectIndex, state: SearchState, match: QueryMatch | null, pageSize: number = SEARCH_PAGE_SIZE): Selection {
  const countryFilter = selectedPositions(state.countries, index.countries)
  const topicFilter = selectedPositions(state.topics, index.topics)
  const countryMask = facetMask(countryFilter, index.countries)
  const topicMask = facetMask(topicFilter, index.topics)
  const countryCounts = new Int32Array(index.countries.length)
  const topicCounts = new Int32Array(index.topics.length)
  const {days, newestFirst} = index
  const {start: countryStart, list: countryList} = index.itemCountries
  const {start: topicStart, list: topicList} = index.itemTopics
  const matched = match?.matched
  const from = state.from
  const to = state.to
  // Typed arrays and plain loops: this runs over every listed item on every search (100,000 at the largest size).
  let selected: Int32Array = new Int32Array(newestFirst.length)
  let count = 0
  for (let at = 0; at < newestFirst.length; at++) {
    const position = newestFirst[at]!
    if (matched && !matched[position]) continue
    if (from || to) {
      const day = days[position]!
      if ((from && day < from) || (to && day > to)) continue
    }
    const countriesFrom = countryStart[position]!
    const countriesTo = countryStart[position + 1]!
    const topicsFrom = topicStart[position]!
    const topicsTo = topicStart[position + 1]!
    const inCountries = anyIn(countryList, countriesFrom, countriesTo, countryMask)
    const inTopics = anyIn(topicList, topicsFrom, topicsTo, topicMask)
    // Each facet counts what its options would give with every other filter kept.
    if (inTopics) for (let facet = countriesFrom; facet < countriesTo; facet++) countryCounts[countryList[facet]!]! += 1
    if (inCountries) for (let facet = topicsFrom; facet < topicsTo; facet++) topicCounts[topicList[facet]!]! += 1
    if (inCountries && inTopics) selected[count++] = position
  }
  if (state.sort === 'oldest') selected = selected.subarray(0, count).reverse()
  else if (state.sort === 'relevance' && match) selected = byScore(selected, count, match.scores)

  const pages = Math.max(1, Math.ceil(count / pageSize))
  const page = Math.min(state.page, pages)
  const known = (values: FacetValue[]) => new Set(values.map((value) => value.slug))
  const knownCountries = known(index.countries)
  const knownTopics = known(index.topics)
  return {
    total: count,
    page,
    pages,
    positions: Array.from(selected.subarray((page - 1) * pageSize, Math.min(page * pageSize, count))),
    facets: {countries: facetList(countryCounts, index.countries, countryFilter), topics: facetList(topicCounts, index.topics, topicFilter)},
    unknown: {
      countries: state.countries.filter((slug) => !knownCountries.has(slug)),
      topics: state.topics.filter((slug) => !knownTopics.has(slug)),
    },
  }
}

/** A result card: the item's card, its countries and topics named in the index's language, the matched keys. */
export function searchHit(card: ItemCard, position: number, index: Pick<SelectIndex, 'countries' | 'topics' | 'itemCountries' | 'itemTopics'>, matchedTerms: string[]): SearchHit {
  const item = {countries: facetsOf(index.itemCountries, position), topics: facetsOf(index.itemTopics, position)}
  return {
    _id: card._id,
    language: card.language,
    title: card.title,
    slug: card.slug,
    publishedAt: card.publishedAt,
    place: card.place,
    summary: card.summary,
    countries: item.countries.map((country) => ({slug: index.countries[country]!.slug, name: index.countries[country]!.label})),
    topics: item.topics.map((topic) => ({slug: index.topics[topic]!.slug, title: index.topics[topic]!.label})),
    image: card.image,
    matchedTerms,
  }
}
