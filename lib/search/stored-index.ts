// The search index in the portal's PostgreSQL (PGlite or a server), one for every instance: posting lists per word key,
// written from the content under a lock, read per search; matching, filters, facets and paging are engine.ts's.
import type {SEARCH_DOCUMENTS_QUERY_RESULT} from '@/sanity.types'
import type {Database, Queryable} from '@/lib/db/database'
import {
  FIELD_BITS,
  SEARCH_PAGE_SIZE,
  facetColumn,
  itemKeys,
  itemRecord,
  matchQuery,
  nameKeys,
  newestOrder,
  positions,
  searchHit,
  selectPage,
  typoIndexOf,
  vocabularyOf,
  type FacetNames,
  type ItemCard,
  type ItemRecord,
  type MatchIndex,
  type Posting,
  type PostingLookup,
  type QueryMatch,
  type SearchOutcome,
  type SelectIndex,
} from './engine'
import type {SearchState} from './search-params'

/** What the index is written from: the published items, and the country and topic names of each language. */
export type IndexContent = {
  documents: SEARCH_DOCUMENTS_QUERY_RESULT
  /** Each language's country and topic names: its facet labels, and names every language's items are found by. */
  facetNames: FacetNames[]
  /** The office's time zone: date filters match the calendar days readers see. */
  timeZone: string
  /** Per item id, the languages whose lists show a translation of it instead (it is not found there). */
  hiddenIn: ReadonlyMap<string, string[]>
}

/** Where the content and its revision come from (lib/content/reads/search-sync.ts). */
export type IndexSource = {revision(): Promise<string>; content(): Promise<IndexContent>}

/** Any fixed number: the one instance writing the index holds this session lock. */
export const SEARCH_WRITE_LOCK = 1_806_180_021

const ITEM_BATCH = 500
const POSTING_BATCH_BYTES = 4 * 1024 * 1024

type ItemRow = ItemRecord & {position: number; rank: number; countries: Array<string | null>; topics: Array<string | null>; hidden_in: string[]}
type PostingRow = {key: string; items: number[]; fields: number[]; locales: Set<string>}

/** The rows of an index: items in the content's order (their positions), and one posting list per word key. */
export function indexRows(content: IndexContent): {items: ItemRow[]; postings: PostingRow[]} {
  const names = nameKeys(content.facetNames)
  const locales = content.facetNames.map((names) => names.language)
  const items: ItemRow[] = []
  const postings = new Map<string, PostingRow>()
  for (const document of content.documents) {
    const record = itemRecord(document, content.timeZone)
    if (!record) continue
    const position = items.length
    const hidden = content.hiddenIn.get(document._id) ?? []
    items.push({...record, position, rank: 0, countries: document.countries ?? [], topics: document.topics ?? [], hidden_in: hidden})
    const keys = itemKeys(document, record.language, names)
    const bits = new Map<string, number>()
    for (const field of Object.keys(FIELD_BITS) as Array<keyof typeof FIELD_BITS>) {
      for (const key of keys[field]) bits.set(key, (bits.get(key) ?? 0) | FIELD_BITS[field])
    }
    const listedIn = locales.filter((locale) => !hidden.includes(locale))
    for (const [key, mask] of bits) {
      let posting = postings.get(key)
      if (!posting) postings.set(key, (posting = {key, items: [], fields: [], locales: new Set()}))
      posting.items.push(position)
      posting.fields.push(mask)
      for (const locale of listedIn) posting.locales.add(locale)
    }
  }
  newestOrder(items).forEach((position, rank) => (items[position]!.rank = rank))
  return {items, postings: [...postings.values()]}
}

/** Writes the content as a new generation (readers keep the current one meanwhile), then makes it current. */
export async function writeIndex(db: Database, content: IndexContent, revision: string): Promise<number> {
  const {items, postings} = indexRows(content)
  const generation = Number((await db.query<{generation: string}>("SELECT nextval('search_generations') AS generation")).rows[0]!.generation)
  // Batches of one statement each, outside a transaction: PGlite answers searches between them.
  for (let start = 0; start < items.length; start += ITEM_BATCH) {
    await db.query(
      `INSERT INTO search_items (generation, position, rank, id, language, title, slug, published_at, time, day, place, summary, image, countries, topics, hidden_in)
       SELECT $1, position, rank, "_id", language, title, slug, "publishedAt", time, day, place, summary, image, countries, topics, hidden_in
       FROM jsonb_to_recordset($2::jsonb) AS r(position integer, rank integer, "_id" text, language text, title text, slug text, "publishedAt" text,
         time double precision, day text, place text, summary text, image jsonb, countries text[], topics text[], hidden_in text[])`,
      [generation, JSON.stringify(items.slice(start, start + ITEM_BATCH))],
    )
  }
  let batch: PostingRow[] = []
  let bytes = 0
  const flush = async () => {
    if (batch.length === 0) return
    await db.query(
      `INSERT INTO search_postings (generation, key, locales, items, fields)
       SELECT $1, key, string_to_array(locales, ','), items, fields FROM unnest($2::text[], $3::text[], $4::bytea[], $5::bytea[]) AS p(key, locales, items, fields)`,
      [
        generation,
        batch.map((posting) => posting.key),
        batch.map((posting) => [...posting.locales].join(',')),
        batch.map((posting) => Buffer.from(Int32Array.from(posting.items).buffer)),
        batch.map((posting) => Buffer.from(Uint8Array.from(posting.fields))),
      ],
    )
    batch = []
    bytes = 0
  }
  for (const posting of postings) {
    batch.push(posting)
    bytes += posting.items.length * 5 + posting.key.length
    if (bytes >= POSTING_BATCH_BYTES) await flush()
  }
  await flush()
  const facets = content.facetNames.flatMap(({language, facets}) => [
    ...facets.countries.map((country, position) => ({locale: language, kind: 'country', position, slug: country.slug, label: country.name})),
    ...facets.topics.map((topic, position) => ({locale: language, kind: 'topic', position, slug: topic.slug, label: topic.title})),
  ])
  await db.query(
    `INSERT INTO search_facets (generation, locale, kind, position, slug, label)
     SELECT $1, locale, kind, position, slug, label FROM jsonb_to_recordset($2::jsonb) AS r(locale text, kind text, position integer, slug text, label text)`,
    [generation, JSON.stringify(facets)],
  )
  await db.query('INSERT INTO search_languages (generation, locale) SELECT $1, unnest($2::text[])', [
    generation,
    content.facetNames.map((names) => names.language),
  ])
  await db.query(
    `INSERT INTO search_state (id, generation, previous, revision) VALUES (true, $1, NULL, $2)
     ON CONFLICT (id) DO UPDATE SET previous = search_state.generation, generation = EXCLUDED.generation, revision = EXCLUDED.revision, written_at = now()`,
    [generation, revision],
  )
  slotOf(db).seen = {generation, at: performance.now()}
  // Generations before the previous one, and any a crashed writer left: no reader uses them.
  for (const table of ['search_items', 'search_postings', 'search_languages', 'search_facets']) {
    await db.query(`DELETE FROM ${table} t WHERE NOT EXISTS (SELECT 1 FROM search_state s WHERE t.generation IN (s.generation, s.previous))`)
  }
  return generation
}

/** The sync running in this process, per database: PGlite is one session, where an advisory lock does not exclude. */
const syncing = new WeakMap<Database, Promise<unknown>>()

/**
 * Writes the index when the content's revision differs from the one stored beside it. One writer at a time: one sync
 * per process, and across instances a session advisory lock; a waiting sync then finds the revision written and
 * writes nothing. True when it wrote.
 */
export async function syncIndex(db: Database, source: IndexSource): Promise<boolean> {
  const before = syncing.get(db) ?? Promise.resolve()
  const run = before.catch(() => undefined).then(() =>
    db.session(async (connection) => {
      await connection.query('SELECT pg_advisory_lock($1)', [SEARCH_WRITE_LOCK])
      try {
        const revision = await source.revision()
        const stored = (await connection.query<{revision: string}>('SELECT revision FROM search_state')).rows[0]?.revision
        if (stored === revision) return false
        await writeIndex(db, await source.content(), revision)
        return true
      } finally {
        await connection.query('SELECT pg_advisory_unlock($1)', [SEARCH_WRITE_LOCK])
      }
    }),
  )
  syncing.set(db, run)
  return run
}

/** One language's view of a generation: what matching and selection read, kept in each instance's memory. */
type LanguageIndex = MatchIndex & SelectIndex

type LoadedIndex = {generation: number; languages: Map<string, LanguageIndex>}

type ItemColumns = {position: number; rank: number; day: string; countries: Array<string | null>; topics: Array<string | null>; hidden_in: string[]}
type FacetRow = {locale: string; kind: string; slug: string | null; label: string | null}

/** Reads a generation's compact columns, vocabularies and facet labels (not its postings or cards, read per search). */
async function loadIndex(db: Queryable, generation: number): Promise<LoadedIndex> {
  const [{rows: items}, {rows: keys}, {rows: facets}, {rows: locales}] = await Promise.all([
    db.query<ItemColumns>('SELECT position, rank, day, countries, topics, hidden_in FROM search_items WHERE generation = $1', [generation]),
    db.query<{key: string; locales: string[]}>('SELECT key, locales FROM search_postings WHERE generation = $1', [generation]),
    db.query<FacetRow>('SELECT locale, kind, slug, label FROM search_facets WHERE generation = $1 ORDER BY locale, kind, position', [generation]),
    db.query<{locale: string}>('SELECT locale FROM search_languages WHERE generation = $1', [generation]),
  ])
  const size = items.length
  // In position order, so the arrays below are built by push: an array filled out of order is kept by V8 as a dictionary.
  const byPosition = items.sort((a, b) => a.position - b.position)
  const days: string[] = []
  for (const item of byPosition) days.push(item.day)
  const byRank = new Int32Array(size)
  for (const item of byPosition) byRank[item.rank] = item.position
  const languages = new Map<string, LanguageIndex>()
  for (const {locale} of locales) {
    const values = (kind: string) => vocabularyOf(facets.filter((facet) => facet.locale === locale && facet.kind === kind))
    const countries = values('country')
    const topics = values('topic')
    const countryPositions = new Map(countries.map((country, position) => [country.slug, position]))
    const topicPositions = new Map(topics.map((topic, position) => [topic.slug, position]))
    const unlisted = Uint8Array.from(byPosition, (item) => (item.hidden_in.includes(locale) ? 1 : 0))
    const vocabulary = keys.filter((row) => row.locales.includes(locale)).map((row) => row.key)
    vocabulary.sort()
    languages.set(locale, {
      size,
      vocabulary,
      typoIndex: await typoIndexOf(vocabulary),
      unlisted,
      newestFirst: byRank.filter((position) => !unlisted[position]),
      days,
      itemCountries: facetColumn(byPosition.map((item) => positions(item.countries, countryPositions))),
      itemTopics: facetColumn(byPosition.map((item) => positions(item.topics, topicPositions))),
      countries,
      topics,
    })
  }
  return {generation, languages}
}

/** A bytea's bytes as 32-bit numbers (copied when the driver's slice does not start at a multiple of 4). */
function int32s(bytes: Uint8Array): Int32Array {
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : Uint8Array.from(bytes)
  return new Int32Array(aligned.buffer, aligned.byteOffset, aligned.byteLength / 4)
}

/** Adds the postings of `keys` not read yet to `read`, in one statement (the typo pass reads only its new keys). */
async function readPostings(db: Queryable, generation: number, keys: string[], read: Map<string, Posting | undefined>): Promise<PostingLookup> {
  const missing = keys.filter((key) => !read.has(key))
  if (missing.length > 0) {
    const {rows} = await db.query<{key: string; items: Uint8Array; fields: Uint8Array}>(
      'SELECT key, items, fields FROM search_postings WHERE generation = $1 AND key = ANY($2::text[])',
      [generation, missing],
      {binary: true},
    )
    for (const key of missing) read.set(key, undefined)
    for (const row of rows) read.set(row.key, {items: int32s(row.items), fields: row.fields})
  }
  return (key) => read.get(key)
}

/** The cards of the page's items, by position. */
async function readCards(db: Queryable, generation: number, page: number[]): Promise<Map<number, ItemCard>> {
  if (page.length === 0) return new Map()
  const {rows} = await db.query<{position: number; id: string; language: string; title: string; slug: string; published_at: string; place: string | null; summary: string; image: ItemCard['image']}>(
    'SELECT position, id, language, title, slug, published_at, place, summary, image FROM search_items WHERE generation = $1 AND position = ANY($2::int[])',
    [generation, page],
  )
  return new Map(
    rows.map((row) => [
      row.position,
      {_id: row.id, language: row.language === 'es' ? 'es' : 'en', title: row.title, slug: row.slug, publishedAt: row.published_at, place: row.place, summary: row.summary, image: row.image},
    ]),
  )
}

type Slot = {
  loaded?: LoadedIndex
  loading?: {generation: number; promise: Promise<LoadedIndex>}
  /** The current generation as last read (or written) by this process, and when. */
  seen?: {generation: number | null; at: number}
}

// Pages and route handlers may be bundled as separate module instances: one process-wide slot per database.
const SLOTS = Symbol.for('labour-migration-news.stored-search-index')
const slots: WeakMap<Database, Slot> = ((globalThis as typeof globalThis & {[SLOTS]?: WeakMap<Database, Slot>})[SLOTS] ??= new WeakMap())

function slotOf(db: Database): Slot {
  let slot = slots.get(db)
  if (!slot) slots.set(db, (slot = {}))
  return slot
}

/** Loads a generation once, however many searches ask for it meanwhile. */
function load(db: Database, slot: Slot, generation: number): Promise<LoadedIndex> {
  if (slot.loading?.generation === generation) return slot.loading.promise
  const promise = loadIndex(db, generation)
  slot.loading = {generation, promise}
  promise
    .then(
      (loaded) => {
        if (!slot.loaded || slot.loaded.generation < generation) slot.loaded = loaded
      },
      () => undefined,
    )
    .finally(() => {
      if (slot.loading?.promise === promise) slot.loading = undefined
    })
  return promise
}

/** The generation searches read now (every write makes a new one); null before any was written. */
async function readGeneration(db: Database): Promise<number | null> {
  const generation = (await db.query<{generation: number}>('SELECT generation FROM search_state')).rows[0]?.generation ?? null
  slotOf(db).seen = {generation, at: performance.now()}
  return generation
}

/** How long a generation read stays good for indexGeneration: another instance's write is seen this much later. */
export const GENERATION_RECHECK_MS = 1_000

/**
 * The current generation, read at most GENERATION_RECHECK_MS ago (a write by this process is known at once): what
 * keys answers kept per generation without a database round trip per request (lib/api/news-answer.ts).
 */
export async function indexGeneration(db: Database): Promise<number | null> {
  const seen = slotOf(db).seen
  if (seen && performance.now() - seen.at < GENERATION_RECHECK_MS) return seen.generation
  return readGeneration(db)
}

/** The current generation as this instance holds it (loaded when another instance wrote a new one); null before any. */
async function currentIndex(db: Database): Promise<LoadedIndex | null> {
  const generation = await readGeneration(db)
  if (generation === null) return null
  const slot = slotOf(db)
  if (slot.loaded?.generation === generation) return slot.loaded
  return load(db, slot, generation)
}

/** Loads the current generation ahead of the first search (at start, and after writing one). */
export async function warmIndex(db: Database): Promise<void> {
  await currentIndex(db)
}

/**
 * Searches the stored index as the reader of `locale` sees it (labels in their language, translations once), by
 * engine.ts's matching and selection. Null when no index was written yet.
 */
export async function searchStored(db: Database, state: SearchState, locale: string, pageSize: number = SEARCH_PAGE_SIZE, retried = false): Promise<SearchOutcome | null> {
  const loaded = await currentIndex(db)
  if (!loaded) return null
  const index = loaded.languages.get(locale)
  if (!index) throw new Error(`The search index has no language "${locale}"`)
  let match: QueryMatch | null = null
  if (state.q) {
    const steps = matchQuery(index, state.q)
    const read = new Map<string, Posting | undefined>()
    let step = steps.next(() => undefined)
    while (!step.done) step = steps.next(await readPostings(db, loaded.generation, step.value, read))
    match = step.value
  }
  const {positions: page, ...selection} = selectPage(index, state, match, pageSize)
  const cards = await readCards(db, loaded.generation, page)
  // A generation is deleted two writes after it stopped being current: a search that outlived that reads again.
  if (page.some((position) => !cards.has(position))) {
    if (retried) throw new Error(`The search index lost generation ${loaded.generation} during a search`)
    return searchStored(db, state, locale, pageSize, true)
  }
  return {...selection, hits: page.map((position) => searchHit(cards.get(position)!, position, index, match?.keys ?? []))}
}
