// Search in the portal's PostgreSQL (PGlite or a server): items stored with weighted tsvectors of the word keys terms.ts
// makes, so matching, ranking and typos behave as the in-process engine's; filters and facet counts in one query.
import {distance} from 'fastest-levenshtein'
import type {SEARCH_DOCUMENTS_QUERY_RESULT, SEARCH_FACETS_QUERY_RESULT} from '@/sanity.types'
import type {Database, Queryable} from '@/lib/db/database'
import {isoDay, siteTimeZone} from '@/lib/format/dates'
import {
  FIELD_BOOST,
  MAX_PREFIX_EXPANSIONS,
  MAX_QUERY_WORDS,
  MAX_TYPO_EXPANSIONS,
  MAX_TYPO_WORDS,
  MIN_PREFIX,
  nameKeys,
  PREFIX_WEIGHT,
  SEARCH_PAGE_SIZE,
  TYPO_LENGTH,
  TYPO_WEIGHT,
  type FacetCount,
  type FacetNames,
  type SearchHit,
  type SearchOutcome,
} from './engine'
import type {SearchState} from './search-params'
import {keyLength, queryWords, searchTerms, type TextLanguage} from './terms'

/** pg_trgm similarity low enough that every word one edit (two from ten letters) away is a candidate; distance decides. */
const TYPO_SIMILARITY = 0.25

/** Fields as tsvector weights: headline A, lead B, country and topic names C, body D; with the engine's boosts. */
const FIELDS = [
  {letter: 'A', boost: FIELD_BOOST.title},
  {letter: 'B', boost: FIELD_BOOST.summary},
  {letter: 'C', boost: FIELD_BOOST.names},
] as const
const BODY_BOOST = FIELD_BOOST.body

/** The schema, as the migration will hold it. */
export const SEARCH_SCHEMA = [
  // What matching, filters, counts and ordering read for every match: kept narrow, so a broad match reads few pages.
  `CREATE TABLE IF NOT EXISTS search_items (
    id text PRIMARY KEY,
    published double precision NOT NULL,
    day text COLLATE "C" NOT NULL,
    title text NOT NULL,
    countries text[] NOT NULL,
    topics text[] NOT NULL,
    hidden_in text[] NOT NULL DEFAULT '{}',
    head tsvector NOT NULL,
    doc tsvector NOT NULL
  )`,
  // What a result card shows: read for the page's rows only.
  `CREATE TABLE IF NOT EXISTS search_cards (
    id text PRIMARY KEY,
    language text NOT NULL,
    title text NOT NULL,
    slug text NOT NULL,
    published_at text NOT NULL,
    place text,
    summary text NOT NULL,
    countries text[] NOT NULL,
    topics text[] NOT NULL,
    image jsonb
  )`,
  'CREATE INDEX IF NOT EXISTS search_items_doc ON search_items USING gin (doc)',
  'CREATE INDEX IF NOT EXISTS search_items_newest ON search_items (published DESC, title)',
  'CREATE TABLE IF NOT EXISTS search_words (word text COLLATE "C" PRIMARY KEY)',
  'CREATE INDEX IF NOT EXISTS search_words_trigrams ON search_words USING gin (word gin_trgm_ops)',
  `CREATE TABLE IF NOT EXISTS search_facets (
    locale text NOT NULL,
    kind text NOT NULL,
    slug text NOT NULL,
    label text NOT NULL,
    position integer NOT NULL,
    PRIMARY KEY (locale, kind, slug)
  )`,
]

type SearchDocument = SEARCH_DOCUMENTS_QUERY_RESULT[number]

/** One lexeme of a tsvector or tsquery literal, quoted (keys are letters, digits and "es:", but quote anyway). */
function lexeme(key: string): string {
  return `'${key.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`
}

/** A tsvector literal: each key once, with one position per field it is in, weighted by the field. */
function vectorLiteral(fields: Array<{letter: string; keys: string[]}>): string {
  const positions = new Map<string, string[]>()
  fields.forEach(({letter, keys}, field) => {
    for (const key of keys) {
      const mark = `${field + 1}${letter}`
      const list = positions.get(key)
      if (!list) positions.set(key, [mark])
      else if (!list.includes(mark)) list.push(mark)
    }
  })
  return [...positions].map(([key, marks]) => `${lexeme(key)}:${marks.join(',')}`).join(' ')
}

export type SearchRow = {
  id: string
  language: TextLanguage
  title: string
  slug: string
  published_at: string
  published: number
  day: string
  place: string | null
  summary: string
  countries: string[]
  topics: string[]
  image: SearchDocument['image']
  hidden_in: string[]
  head: string
  doc: string
  words: string[]
}

const unique = (values: Array<string | null> | null) => [...new Set((values ?? []).filter((value): value is string => value !== null))]

/** Rows to store for the documents; `hiddenIn` gives, per item id, the locales whose lists show a translation instead. */
export function searchRows(
  documents: SEARCH_DOCUMENTS_QUERY_RESULT,
  facetNames: FacetNames[],
  timeZone: string = siteTimeZone(),
  hiddenIn: ReadonlyMap<string, string[]> = new Map(),
): SearchRow[] {
  const names = nameKeys(facetNames)
  const rows: SearchRow[] = []
  for (const document of documents) {
    if (!document.slug || !document.title) continue
    const language: TextLanguage = document.language === 'es' ? 'es' : 'en'
    const time = document.publishedAt ? Date.parse(document.publishedAt) : Number.NaN
    const countries = unique(document.countries)
    const topics = unique(document.topics)
    const head = [
      {letter: 'A', keys: searchTerms(document.title, language)},
      {letter: 'B', keys: searchTerms([document.place, document.summary].filter(Boolean).join(' '), language)},
      {letter: 'C', keys: [...countries.flatMap((slug) => names.countries.get(slug) ?? []), ...topics.flatMap((slug) => names.topics.get(slug) ?? [])]},
    ]
    const body = {letter: 'D', keys: searchTerms(document.body ?? '', language)}
    rows.push({
      id: document._id,
      language,
      title: document.title,
      slug: document.slug,
      published_at: document.publishedAt ?? '',
      published: Number.isNaN(time) ? 0 : time,
      day: isoDay(document.publishedAt, timeZone),
      place: document.place,
      summary: document.summary ?? '',
      countries,
      topics,
      image: document.image ?? null,
      hidden_in: hiddenIn.get(document._id) ?? [],
      head: vectorLiteral(head),
      doc: vectorLiteral([...head, body]),
      words: [...new Set([...head, body].flatMap((field) => field.keys))],
    })
  }
  return rows
}

const WRITE_BATCH = 500

/** Stores rows (inserted or replaced) and their words, in batches of one statement each. */
export async function writeSearchRows(db: Queryable, rows: SearchRow[]): Promise<void> {
  for (let start = 0; start < rows.length; start += WRITE_BATCH) {
    const batch = rows.slice(start, start + WRITE_BATCH)
    const json = JSON.stringify(batch, (key, value: unknown) => (key === 'words' ? undefined : value))
    await db.query(
      `INSERT INTO search_items (id, published, day, title, countries, topics, hidden_in, head, doc)
       SELECT id, published, day, title, countries, topics, hidden_in, head::tsvector, doc::tsvector
       FROM jsonb_to_recordset($1::jsonb) AS r(id text, published double precision, day text, title text, countries text[], topics text[],
         hidden_in text[], head text, doc text)
       ON CONFLICT (id) DO UPDATE SET published = EXCLUDED.published, day = EXCLUDED.day, title = EXCLUDED.title, countries = EXCLUDED.countries,
         topics = EXCLUDED.topics, hidden_in = EXCLUDED.hidden_in, head = EXCLUDED.head, doc = EXCLUDED.doc`,
      [json],
    )
    await db.query(
      `INSERT INTO search_cards (id, language, title, slug, published_at, place, summary, countries, topics, image)
       SELECT id, language, title, slug, published_at, place, summary, countries, topics, image
       FROM jsonb_to_recordset($1::jsonb) AS r(id text, language text, title text, slug text, published_at text, place text, summary text,
         countries text[], topics text[], image jsonb)
       ON CONFLICT (id) DO UPDATE SET language = EXCLUDED.language, title = EXCLUDED.title, slug = EXCLUDED.slug, published_at = EXCLUDED.published_at,
         place = EXCLUDED.place, summary = EXCLUDED.summary, countries = EXCLUDED.countries, topics = EXCLUDED.topics, image = EXCLUDED.image`,
      [json],
    )
    const words = [...new Set(batch.flatMap((row) => row.words))]
    await db.query('INSERT INTO search_words (word) SELECT unnest($1::text[]) ON CONFLICT DO NOTHING', [words])
  }
}

/** Stores the country and topic labels of one locale, in the order the facets list them. */
export async function writeSearchFacets(db: Queryable, locale: string, facets: SEARCH_FACETS_QUERY_RESULT): Promise<void> {
  const rows = [
    ...unique(facets.countries.map((country) => country.slug)).map((slug, position) => ({kind: 'country', slug, position, label: facets.countries.find((c) => c.slug === slug)?.name ?? slug})),
    ...unique(facets.topics.map((topic) => topic.slug)).map((slug, position) => ({kind: 'topic', slug, position, label: facets.topics.find((t) => t.slug === slug)?.title ?? slug})),
  ]
  await db.query('DELETE FROM search_facets WHERE locale = $1', [locale])
  await db.query(
    `INSERT INTO search_facets (locale, kind, slug, label, position)
     SELECT $1, kind, slug, label, position FROM jsonb_to_recordset($2::jsonb) AS r(kind text, slug text, label text, position integer)`,
    [locale, JSON.stringify(rows)],
  )
}

/** One query word's known keys by kind, and (`terms`) every key it was looked up by, in the order highlighting takes them. */
type Word = {exact: string[]; prefix: string[]; typo: string[]; terms: string[]}

/** The query's words, each as its keys in both languages: each word once (where last typed), at most MAX_QUERY_WORDS. */
function queryKeys(q: string): string[][] {
  const lastFirst = new Map(
    queryWords(q)
      .reverse()
      .map((keys) => [keys.join(' '), keys] as const),
  )
  return [...lastFirst.values()].reverse().slice(0, MAX_QUERY_WORDS)
}

/** Which keys the index knows, and the known words each prefix starts (at most MAX_PREFIX_EXPANSIONS, in order). */
async function vocabulary(db: Queryable, exact: string[], prefixes: string[]): Promise<{known: Set<string>; starts: Map<string, string[]>}> {
  const {rows} = await db.query<{key: string; word: string; kind: string}>(
    `SELECT k AS key, w.word, 'prefix' AS kind FROM unnest($2::text[]) AS k,
       LATERAL (SELECT word FROM search_words WHERE word >= k AND word < k || chr(1114111) ORDER BY word LIMIT ${MAX_PREFIX_EXPANSIONS}) AS w
     UNION ALL
     SELECT word AS key, word, 'exact' AS kind FROM search_words WHERE word = ANY($1::text[])`,
    [exact, prefixes],
  )
  const known = new Set<string>()
  const starts = new Map<string, string[]>()
  for (const row of rows) {
    known.add(row.word)
    if (row.kind === 'prefix') starts.set(row.key, [...(starts.get(row.key) ?? []), row.word])
  }
  return {known, starts}
}

/** Known words one edit (two from ten letters) from `key`, nearest first, at most MAX_TYPO_EXPANSIONS: pg_trgm finds candidates. */
async function typoWords(db: Database, key: string): Promise<Array<{word: string; edits: number}>> {
  if (keyLength(key) < TYPO_LENGTH) return []
  const allowed = keyLength(key) >= 2 * TYPO_LENGTH ? 2 : 1
  // The trigram index answers `%` at the session's threshold: lowered for this transaction only.
  const rows = await db.transaction(async (tx) => {
    await tx.query(`SET LOCAL pg_trgm.similarity_threshold = ${TYPO_SIMILARITY}`)
    return (await tx.query<{word: string}>('SELECT word FROM search_words WHERE word % $1', [key])).rows
  })
  return rows
    .filter(({word}) => keyLength(word) >= TYPO_LENGTH - 1)
    .map(({word}) => ({word, edits: distance(word, key)}))
    .filter(({edits}) => edits <= allowed)
    .sort((a, b) => a.edits - b.edits || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0))
    .slice(0, MAX_TYPO_EXPANSIONS)
}

function orQuery(keys: string[]): string {
  return keys.map(lexeme).join(' | ')
}

/** A tsquery for every word (AND), each word any of its keys (OR); null when a word has no key. */
function matchQuery(words: Word[]): string | null {
  const parts = words.map((word) => [...word.exact, ...word.prefix, ...word.typo])
  if (parts.some((keys) => keys.length === 0)) return null
  return parts.map((keys) => `(${orQuery(keys)})`).join(' & ')
}

/**
 * The score: per word, the best of field boost × match weight (exact 1, prefix 0.5, typo 0.3), summed over words.
 * Returns the SQL and its parameters (tsquery literals), numbered from `first`.
 */
function scoreSql(words: Word[], first: number): {sql: string; params: string[]} {
  const params: string[] = []
  const parameter = (value: string) => {
    params.push(value)
    return `$${first + params.length - 1}::tsquery`
  }
  const terms = words.map((word) => {
    const classes = [
      {keys: word.exact, weight: 1},
      {keys: word.prefix, weight: PREFIX_WEIGHT},
      {keys: word.typo, weight: TYPO_WEIGHT},
    ].filter(({keys}) => keys.length > 0)
    const branches = FIELDS.flatMap(({letter, boost}) =>
      classes.map(({keys, weight}) => ({value: boost * weight, query: keys.map((key) => `${lexeme(key)}:${letter}`).join(' | ')})),
    ).sort((a, b) => b.value - a.value)
    // Not in the headline fields, so in the body: the best kind of match there (a single kind needs no test).
    const body = classes.map(({keys, weight}, position) =>
      position === classes.length - 1 ? `ELSE ${BODY_BOOST * weight}` : `WHEN doc @@ ${parameter(orQuery(keys))} THEN ${BODY_BOOST * weight}`,
    )
    if (body.length === 1) body.unshift('WHEN false THEN 0')
    // Most matched rows have the word in one field only: one test of the headline fields first, then the field that has it.
    const inHead = parameter(orQuery(classes.flatMap(({keys}) => keys)))
    const headBranches = branches.map(({value, query}) => `WHEN head @@ ${parameter(query)} THEN ${value}`).join(' ')
    return `(CASE WHEN head @@ ${inHead} THEN (CASE ${headBranches} ELSE 0 END) ELSE (CASE ${body.join(' ')} END) END)`
  })
  return {sql: terms.length ? terms.join(' + ') : '0', params}
}

type OutcomeRow = {
  total: number
  /** Whether any item matched the words, whatever the filters (typos are tried only when none did). */
  any_match: boolean
  country_counts: Record<string, number>
  topic_counts: Record<string, number>
  facets: Array<{kind: string; slug: string; label: string; position: number}> | null
  hits: Array<{
    id: string
    language: TextLanguage
    title: string
    slug: string
    published_at: string
    place: string | null
    summary: string
    countries: string[]
    topics: string[]
    image: SearchDocument['image']
  }> | null
}

/** Runs one query: matches, filters, facet counts (each facet with the other filters), the sorted page and the labels. */
async function runQuery(db: Queryable, locale: string, state: SearchState, words: Word[] | null, pageSize: number): Promise<OutcomeRow> {
  const match = words ? matchQuery(words) : null
  const score = words && state.sort === 'relevance' ? scoreSql(words, 9) : {sql: '0', params: []}
  const order =
    state.sort === 'oldest' ? 'published ASC, title DESC' : state.sort === 'relevance' && words ? 'score DESC, published DESC, title ASC' : 'published DESC, title ASC'
  // The matches carry only what filtering, counting and ordering need; the page's 20 rows are read whole at the end.
  const {rows} = await db.query<OutcomeRow>(
    `WITH wanted AS (
       -- Filter values that name no country or topic are ignored (the page names them).
       SELECT ARRAY(SELECT slug FROM search_facets WHERE locale = $1 AND kind = 'country' AND slug = ANY($5::text[])) AS countries,
         ARRAY(SELECT slug FROM search_facets WHERE locale = $1 AND kind = 'topic' AND slug = ANY($6::text[])) AS topics
     ),
     matched AS MATERIALIZED (
       SELECT id, published, title, search_items.countries, search_items.topics, ${score.sql} AS score,
         (cardinality(wanted.countries) = 0 OR search_items.countries && wanted.countries) AS in_countries,
         (cardinality(wanted.topics) = 0 OR search_items.topics && wanted.topics) AS in_topics,
         (($3::text IS NULL OR day >= $3::text) AND ($4::text IS NULL OR day <= $4::text)) AS in_days
       FROM search_items, wanted
       WHERE NOT ($1 = ANY(hidden_in)) AND ($2::tsquery IS NULL OR doc @@ $2::tsquery)
     ),
     total AS (SELECT count(*)::int AS n FROM matched WHERE in_days AND in_countries AND in_topics),
     page AS (
       SELECT id, score, published, title FROM matched WHERE in_days AND in_countries AND in_topics
       ORDER BY ${order}
       LIMIT $7::int OFFSET (LEAST($8::int, GREATEST(1, ceil((SELECT n FROM total)::numeric / $7::int)::int)) - 1) * $7::int
     )
     SELECT (SELECT n FROM total) AS total, EXISTS (SELECT 1 FROM matched) AS any_match,
       (SELECT coalesce(jsonb_object_agg(slug, n), '{}') FROM (SELECT unnest(countries) AS slug, count(*) AS n FROM matched WHERE in_days AND in_topics GROUP BY 1) AS c) AS country_counts,
       (SELECT coalesce(jsonb_object_agg(slug, n), '{}') FROM (SELECT unnest(topics) AS slug, count(*) AS n FROM matched WHERE in_days AND in_countries GROUP BY 1) AS t) AS topic_counts,
       (SELECT jsonb_agg(f ORDER BY f.kind, f.position) FROM (SELECT kind, slug, label, position FROM search_facets WHERE locale = $1) AS f) AS facets,
       (SELECT jsonb_agg(jsonb_build_object('id', s.id, 'language', s.language, 'title', s.title, 'slug', s.slug, 'published_at', s.published_at,
            'place', s.place, 'summary', s.summary, 'countries', s.countries, 'topics', s.topics, 'image', s.image) ORDER BY ${order.replace(/(score|published|title)/g, 'page.$1')})
          FROM page JOIN search_cards AS s ON s.id = page.id) AS hits`,
    [locale, match, state.from, state.to, state.countries, state.topics, pageSize, state.page, ...score.params],
  )
  return rows[0]!
}

/** An empty outcome, with the labels the page needs to name filters. */
async function nothingFound(db: Queryable, locale: string): Promise<OutcomeRow> {
  const {rows} = await db.query<{facets: OutcomeRow['facets']}>(
    'SELECT jsonb_agg(f ORDER BY f.kind, f.position) AS facets FROM (SELECT kind, slug, label, position FROM search_facets WHERE locale = $1) AS f',
    [locale],
  )
  return {total: 0, any_match: false, country_counts: {}, topic_counts: {}, facets: rows[0]?.facets ?? null, hits: []}
}

function facetList(counts: Record<string, number>, values: Array<{slug: string; label: string}>, selected: Set<string>): FacetCount[] {
  return values
    .map((value) => ({slug: value.slug, label: value.label, count: counts[value.slug] ?? 0}))
    .filter((facet) => facet.count > 0 || selected.has(facet.slug))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label))
}

/** The words to match: exact keys, the last word's also as a prefix of longer words; with typos when `typos` says so. */
async function expandWords(db: Database, keys: string[][], typos: boolean): Promise<Word[]> {
  const lastKeys = keys.at(-1) ?? []
  const prefixes = lastKeys.filter((key) => keyLength(key) >= MIN_PREFIX)
  const exactKeys = keys.flatMap((word, position) => (position === keys.length - 1 ? word.filter((key) => keyLength(key) < MIN_PREFIX) : word))
  const {known, starts} = await vocabulary(db, exactKeys, prefixes)
  const words: Word[] = keys.map((word, position) => {
    const last = position === keys.length - 1
    const found: Word = {exact: [], prefix: [], typo: [], terms: []}
    for (const key of word) {
      if (last && keyLength(key) >= MIN_PREFIX) {
        for (const start of starts.get(key) ?? []) {
          ;(start === key ? found.exact : found.prefix).push(start)
          found.terms.push(start)
        }
      } else {
        if (known.has(key)) found.exact.push(key)
        found.terms.push(key)
      }
    }
    return found
  })
  if (!typos) return words
  const long = keys.filter((word) => word.some((key) => keyLength(key) >= TYPO_LENGTH))
  const isKnown = (word: string[]) => word.some((key) => known.has(key))
  const chosen = new Set([...long.filter((word) => !isKnown(word)), ...long.filter(isKnown)].slice(0, MAX_TYPO_WORDS))
  for (const [position, word] of keys.entries()) {
    if (!chosen.has(word)) continue
    const found = (await Promise.all(word.map((key) => typoWords(db, key)))).flat()
    const target = words[position]!
    const typoKeys = new Set(found.map(({word: typo}) => typo))
    target.terms = [...target.terms.filter((key) => !typoKeys.has(key)), ...found.map(({word: typo}) => typo)]
    for (const {word: typo, edits} of found) {
      target.prefix = target.prefix.filter((key) => key !== typo)
      if (edits === 0) {
        if (!target.exact.includes(typo)) target.exact.push(typo)
      } else if (!target.exact.includes(typo) && !target.typo.includes(typo)) target.typo.push(typo)
    }
  }
  return words
}

/** Searches the stored items as the reader of `locale` sees them (labels in their language, translations once). */
export async function searchStored(db: Database, state: SearchState, locale: string, pageSize: number = SEARCH_PAGE_SIZE): Promise<SearchOutcome> {
  const keys = state.q ? queryKeys(state.q) : []
  let words: Word[] | null = null
  let row: OutcomeRow
  if (!state.q) row = await runQuery(db, locale, state, null, pageSize)
  else {
    // A query of stop words only, or with a word the index does not know even with typos, finds nothing.
    const run = async (candidate: Word[] | null) => (candidate && matchQuery(candidate) !== null ? runQuery(db, locale, state, candidate, pageSize) : nothingFound(db, locale))
    if (keys.length > 0) words = await expandWords(db, keys, false)
    row = await run(words)
    if (keys.length > 0 && !row.any_match) {
      words = await expandWords(db, keys, true)
      row = await run(words)
    }
  }
  const labels = row.facets ?? []
  const countries = labels.filter((facet) => facet.kind === 'country')
  const topics = labels.filter((facet) => facet.kind === 'topic')
  const countryLabel = new Map(countries.map((facet) => [facet.slug, facet.label]))
  const topicLabel = new Map(topics.map((facet) => [facet.slug, facet.label]))
  const matchedTerms = words && row.total > 0 ? [...new Set(words.flatMap((word) => word.terms))] : []
  const hits = (row.hits ?? []).map(
    (hit): SearchHit => ({
      _id: hit.id,
      language: hit.language,
      title: hit.title,
      slug: hit.slug,
      publishedAt: hit.published_at,
      place: hit.place,
      summary: hit.summary,
      countries: hit.countries.filter((slug) => countryLabel.has(slug)).map((slug) => ({slug, name: countryLabel.get(slug)!})),
      topics: hit.topics.filter((slug) => topicLabel.has(slug)).map((slug) => ({slug, title: topicLabel.get(slug)!})),
      image: hit.image,
      matchedTerms,
    }),
  )
  const pages = Math.max(1, Math.ceil(row.total / pageSize))
  return {
    total: row.total,
    page: Math.min(state.page, pages),
    pages,
    hits,
    facets: {
      countries: facetList(row.country_counts, countries, new Set(state.countries)),
      topics: facetList(row.topic_counts, topics, new Set(state.topics)),
    },
    unknown: {
      countries: state.countries.filter((slug) => !countryLabel.has(slug)),
      topics: state.topics.filter((slug) => !topicLabel.has(slug)),
    },
  }
}
