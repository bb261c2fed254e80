// The search index in the portal's PostgreSQL (PGlite or a server), one for every instance: posting lists per word key,
// written from the content under a lock, read per search; matching, filters, facets and paging are engine.ts's.
import {setImmediate as nextTurn} from 'node:timers/promises'
import type {SEARCH_DOCUMENTS_QUERY_RESULT} from '@/sanity.types'
import type {Database, Queryable} from '@/lib/db/database'
import {
  FIELD_BITS,
  SEARCH_PAGE_SIZE,
  facetColumn,
  inVocabulary,
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
  type FacetColumn,
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

/** A content revision as the source counts it: how many documents search shows, and the latest change among them. */
export type ContentRevision = {count: number; updatedAt: string | null}

/** The revision as stored beside the index: one string, compared whole by the sync and parsed by `updateInPlace`'s check. */
export function revisionString(revision: ContentRevision): string {
  return JSON.stringify({count: revision.count, updatedAt: revision.updatedAt})
}

/**
 * One changed news item, as the webhook names it, with what rewriting its rows needs (read in one snapshot of the
 * source: lib/content/reads/search-sync.ts).
 */
export type ItemChange = {
  /** The changed item's id. */
  id: string
  /** The content's revision with the change, stored beside the index once it is written. */
  revision: string
  /** The revision of everything but the item: the index is updated in place only when it was written at this one. */
  others: ContentRevision
  /** The items written again: the changed one and the other items of its translation groups (which it may list or unlist). */
  ids: string[]
  /** Their search documents (an item deleted or without slug has none: it leaves the index). */
  documents: SEARCH_DOCUMENTS_QUERY_RESULT
  /** Per item id among `ids`, the languages whose lists show a translation of it instead. */
  hiddenIn: ReadonlyMap<string, string[]>
  timeZone: string
}

/**
 * Where the content and its revision come from (lib/content/reads/search-sync.ts); `change` reads one item's change
 * (null when the source cannot say it in one snapshot: the index is then written whole).
 */
export type IndexSource = {revision(): Promise<string>; content(): Promise<IndexContent>; change?(): Promise<ItemChange | null>}

/** Any fixed number: the one instance writing the index holds this session lock. */
export const SEARCH_WRITE_LOCK = 1_806_180_021

const ITEM_BATCH = 500
const POSTING_BATCH_BYTES = 1024 * 1024

type ItemRow = ItemRecord & {position: number; rank: number; countries: Array<string | null>; topics: Array<string | null>; hidden_in: string[]}
type PostingRow = {key: string; items: number[]; fields: number[]; locales: Set<string>}

/** The names every language's items are found by, and the languages an index is read in. */
type NamesAndLocales = {names: ReturnType<typeof nameKeys>; locales: string[]}

/** One item's row (at `position`) and its word keys with their field bits; null for one that is not indexed. */
function indexItem(document: SEARCH_DOCUMENTS_QUERY_RESULT[number], position: number, timeZone: string, hidden: string[], {names, locales}: NamesAndLocales) {
  const record = itemRecord(document, timeZone)
  if (!record) return null
  const row: ItemRow = {...record, position, rank: 0, countries: document.countries ?? [], topics: document.topics ?? [], hidden_in: hidden}
  const keys = itemKeys(document, record.language, names)
  const bits = new Map<string, number>()
  for (const field of Object.keys(FIELD_BITS) as Array<keyof typeof FIELD_BITS>) {
    for (const key of keys[field]) bits.set(key, (bits.get(key) ?? 0) | FIELD_BITS[field])
  }
  return {row, bits, listedIn: locales.filter((locale) => !hidden.includes(locale))}
}

/** Adds one item's keys to the posting lists (at its position: items are added in ascending positions). */
function addPostings(postings: Map<string, PostingRow>, position: number, bits: Map<string, number>, listedIn: string[]): void {
  for (const [key, mask] of bits) {
    let posting = postings.get(key)
    if (!posting) postings.set(key, (posting = {key, items: [], fields: [], locales: new Set()}))
    posting.items.push(position)
    posting.fields.push(mask)
    for (const locale of listedIn) posting.locales.add(locale)
  }
}

/** The rows of an index: items in the content's order (their positions), and one posting list per word key. */
async function indexRows(content: IndexContent): Promise<{items: ItemRow[]; postings: PostingRow[]}> {
  const context = {names: nameKeys(content.facetNames), locales: content.facetNames.map((names) => names.language)}
  const items: ItemRow[] = []
  const postings = new Map<string, PostingRow>()
  for (const [order, document] of content.documents.entries()) {
    if (order % ITEM_BATCH === ITEM_BATCH - 1) await nextTurn()
    const indexed = indexItem(document, items.length, content.timeZone, content.hiddenIn.get(document._id) ?? [], context)
    if (!indexed) continue
    items.push(indexed.row)
    addPostings(postings, indexed.row.position, indexed.bits, indexed.listedIn)
  }
  newestOrder(items).forEach((position, rank) => (items[position]!.rank = rank))
  return {items, postings: [...postings.values()]}
}

const INSERT_ITEMS = `INSERT INTO search_items (generation, position, rank, id, language, title, slug, published_at, time, day, place, summary, image, countries, topics, hidden_in)
  SELECT $1, position, rank, "_id", language, title, slug, "publishedAt", time, day, place, summary, image, countries, topics, hidden_in
  FROM jsonb_to_recordset($2::jsonb) AS r(position integer, rank double precision, "_id" text, language text, title text, slug text, "publishedAt" text,
    time double precision, day text, place text, summary text, image jsonb, countries text[], topics text[], hidden_in text[])`

/** The parameters of one statement writing posting rows: keys, languages, positions (32-bit little-endian) and field bits. */
function postingParams(generation: number, batch: PostingRow[]): unknown[] {
  return [
    generation,
    batch.map((posting) => posting.key),
    batch.map((posting) => [...posting.locales].join(',')),
    batch.map((posting) => Buffer.from(Int32Array.from(posting.items).buffer)),
    batch.map((posting) => Buffer.from(Uint8Array.from(posting.fields))),
  ]
}

/** The posting rows of postingParams' parameters, with any further columns' values after theirs. */
const postingRows = (further = '') =>
  `SELECT $1, key, string_to_array(locales, ','), items, fields${further} FROM unnest($2::text[], $3::text[], $4::bytea[], $5::bytea[]) AS p(key, locales, items, fields)`

/** Writes the content as a new generation (readers keep the current one meanwhile), then makes it current. */
export async function writeIndex(db: Database, content: IndexContent, revision: string): Promise<number> {
  const {items, postings} = await indexRows(content)
  const generation = Number((await db.query<{generation: string}>("SELECT nextval('search_generations') AS generation")).rows[0]!.generation)
  // Batches of one statement each, outside a transaction, with a turn of the event loop after each (and after every
  // ITEM_BATCH items' keys above): PGlite runs each statement on this thread and resolves at once, so without them a
  // whole write (3.9 s at 10,000 items, 44 s at 100,000) held the server and no page was answered meanwhile.
  for (let start = 0; start < items.length; start += ITEM_BATCH) {
    await db.query(INSERT_ITEMS, [generation, JSON.stringify(items.slice(start, start + ITEM_BATCH))])
    await nextTurn()
  }
  let batch: PostingRow[] = []
  let bytes = 0
  const flush = async () => {
    if (batch.length === 0) return
    await db.query(`INSERT INTO search_postings (generation, key, locales, items, fields) ${postingRows()}`, postingParams(generation, batch))
    await nextTurn()
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
     ON CONFLICT (id) DO UPDATE SET previous = search_state.generation, generation = EXCLUDED.generation, revision = EXCLUDED.revision,
       version = search_state.version + 1, written_at = now()`,
    [generation, revision],
  )
  forgetState(db)
  // Generations before the previous one, and any a crashed writer left: no reader uses them.
  for (const table of ['search_items', 'search_postings', 'search_languages', 'search_facets']) {
    await db.query(`DELETE FROM ${table} t WHERE NOT EXISTS (SELECT 1 FROM search_state s WHERE t.generation IN (s.generation, s.previous))`)
  }
  // The new rows' visibility settled and the planner told of them now, by the writer, rather than by autovacuum while
  // readers search: at 100,000 items the first minute of searches after a rewrite took 30–40 ms instead of 4–12.
  await db.query('VACUUM (ANALYZE) search_items, search_postings')
  return generation
}

/** Why one item's change cannot be written in place (its rank has no room left): the index is then written whole. */
class NotInPlace extends Error {}

/**
 * Whether the index stored at `stored` is the content but the changed item: nothing else was changed, added or
 * deleted since it was written (else a change whose webhook failed or has not arrived yet would be skipped).
 */
function followsStored(stored: string, others: ContentRevision, wasIndexed: boolean): boolean {
  let revision: Partial<ContentRevision>
  try {
    revision = JSON.parse(stored) as Partial<ContentRevision>
  } catch {
    return false
  }
  if (typeof revision?.count !== 'number') return false
  // As instants: Sanity writes whole seconds ("…:56Z"), a stand-in may write milliseconds ("…:56.123Z").
  const nothingLater = others.updatedAt === null || (typeof revision.updatedAt === 'string' && Date.parse(others.updatedAt) <= Date.parse(revision.updatedAt))
  return nothingLater && others.count === revision.count - (wasIndexed ? 1 : 0)
}

/** The names every language's items are found by, as the generation was written with them (its facet labels). */
async function storedNames(db: Queryable, generation: number): Promise<NamesAndLocales> {
  const [{rows: facets}, {rows: languages}] = await Promise.all([
    db.query<FacetRow>('SELECT locale, kind, slug, label FROM search_facets WHERE generation = $1 ORDER BY locale, kind, position', [generation]),
    db.query<{locale: string}>('SELECT locale FROM search_languages WHERE generation = $1 ORDER BY locale', [generation]),
  ])
  const locales = languages.map((row) => row.locale)
  const of = (locale: string, kind: string) => facets.filter((facet) => facet.locale === locale && facet.kind === kind)
  const names = nameKeys(
    locales.map((locale) => ({
      language: locale === 'es' ? 'es' : 'en',
      facets: {
        countries: of(locale, 'country').map((facet) => ({slug: facet.slug, name: facet.label})),
        topics: of(locale, 'topic').map((facet) => ({slug: facet.slug, title: facet.label})),
      },
    })),
  )
  return {names, locales}
}

/**
 * A rank for a new item, between those of the live items newestOrder puts before and after it (the same time and
 * title as another: after it, as a later position would be).
 */
async function rankBetween(db: Queryable, generation: number, item: ItemRow): Promise<number> {
  const [{rows: bounds}, {rows: equal}] = await Promise.all([
    db.query<{before: number | null; after: number | null}>(
      `SELECT (SELECT max(rank) FROM search_items WHERE generation = $1 AND NOT removed AND time > $2) AS before,
              (SELECT min(rank) FROM search_items WHERE generation = $1 AND NOT removed AND time < $2) AS after`,
      [generation, item.time],
    ),
    db.query<{rank: number; title: string}>('SELECT rank, title FROM search_items WHERE generation = $1 AND NOT removed AND time = $2', [generation, item.time]),
  ])
  let low = bounds[0]?.before ?? -Infinity
  let high = bounds[0]?.after ?? Infinity
  for (const other of equal) {
    if (other.title.localeCompare(item.title) <= 0) low = Math.max(low, other.rank)
    else high = Math.min(high, other.rank)
  }
  const rank = low === -Infinity ? (high === Infinity ? 0 : high - 1) : high === Infinity ? low + 1 : (low + high) / 2
  if (!(rank > low && rank < high)) throw new NotInPlace(`no rank left between ${low} and ${high}`)
  return rank
}

/**
 * Writes one item's change into the current generation, in one transaction, and makes every instance reload it: the
 * rows of the item and of the other items of its translation groups are marked removed (their positions stay in the
 * postings, where no reader counts them), their new versions are appended at new positions (so every posting list
 * stays ascending, and a reader that loaded fewer positions ignores them) and ranked among the others, and the
 * version is bumped. False, writing nothing, when the index was not written at the content the change follows, or
 * the rank has no room: the index must then be written whole.
 */
export async function updateInPlace(db: Database, change: ItemChange): Promise<boolean> {
  try {
    const wrote = await db.transaction(async (tx) => {
      const state = (await tx.query<{generation: number; revision: string}>('SELECT generation, revision FROM search_state FOR UPDATE')).rows[0]
      if (!state) return false
      const {generation} = state
      const {rows: replaced} = await tx.query<{position: number; id: string}>(
        'SELECT position, id FROM search_items WHERE generation = $1 AND NOT removed AND id = ANY($2::text[])',
        [generation, change.ids],
      )
      if (!followsStored(state.revision, change.others, replaced.some((row) => row.id === change.id))) return false
      // The version this write makes: the keys it writes carry it, so a reader at an earlier one reads only those again.
      const version = (await tx.query<{version: number}>('UPDATE search_state SET version = version + 1, revision = $1, written_at = now() RETURNING version', [change.revision])).rows[0]!.version
      await tx.query('UPDATE search_items SET removed = true WHERE generation = $1 AND position = ANY($2::int[])', [generation, replaced.map((row) => row.position)])
      const context = await storedNames(tx, generation)
      let next = Number((await tx.query<{next: number}>('SELECT coalesce(max(position), -1) + 1 AS next FROM search_items WHERE generation = $1', [generation])).rows[0]!.next)
      const postings = new Map<string, PostingRow>()
      const wanted = new Set(change.ids)
      for (const document of change.documents) {
        if (!wanted.has(document._id)) continue
        const indexed = indexItem(document, next, change.timeZone, change.hiddenIn.get(document._id) ?? [], context)
        if (!indexed) continue
        indexed.row.rank = await rankBetween(tx, generation, indexed.row)
        await tx.query(INSERT_ITEMS, [generation, JSON.stringify([indexed.row])])
        addPostings(postings, next, indexed.bits, indexed.listedIn)
        next += 1
      }
      const rows = [...postings.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
      if (rows.length > 0) {
        await tx.query(
          `INSERT INTO search_postings AS p (generation, key, locales, items, fields, changed) ${postingRows(', $6')}
           ON CONFLICT (generation, key) DO UPDATE SET items = p.items || EXCLUDED.items, fields = p.fields || EXCLUDED.fields,
             locales = ARRAY(SELECT DISTINCT locale FROM unnest(p.locales || EXCLUDED.locales) AS l(locale) ORDER BY locale), changed = EXCLUDED.changed`,
          [...postingParams(generation, rows), version],
        )
      }
      return true
    })
    if (wrote) forgetState(db)
    return wrote
  } catch (error) {
    if (error instanceof NotInPlace) return false
    throw error
  }
}

/** The sync running in this process, per database: PGlite is one session, where an advisory lock does not exclude. */
const syncing = new WeakMap<Database, Promise<unknown>>()

/**
 * Writes the index when the content's revision differs from the one stored beside it: in place when the source names
 * one changed item that `updateInPlace` can write, else whole. One writer at a time: one sync per process, and across
 * instances a session advisory lock; a waiting sync then finds the revision written and writes nothing. True when it
 * wrote.
 */
export async function syncIndex(db: Database, source: IndexSource): Promise<boolean> {
  const before = syncing.get(db) ?? Promise.resolve()
  const run = before.catch(() => undefined).then(() =>
    db.session(async (connection) => {
      await connection.query('SELECT pg_advisory_lock($1)', [SEARCH_WRITE_LOCK])
      try {
        const storedRevision = async () => (await connection.query<{revision: string}>('SELECT revision FROM search_state')).rows[0]?.revision
        // One changed item: its rows rewritten in place, unless the index does not follow from the content without it.
        const change = await source.change?.()
        if (change) {
          if ((await storedRevision()) === change.revision) return false
          if (await updateInPlace(db, change)) return true
        }
        const revision = await source.revision()
        if ((await storedRevision()) === revision) return false
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

/**
 * A generation as loaded at one version of it: `size` positions (later ones, appended since, are ignored), each one's
 * rank, day and whether a newer version replaced it, the live positions newest first, and each language's view.
 */
type LoadedIndex = {
  generation: number
  version: number
  size: number
  ranks: Float64Array
  removed: Uint8Array
  days: string[]
  byRank: Int32Array
  languages: Map<string, LanguageIndex>
}

type ItemColumns = {
  position: number
  rank: number
  day: string
  countries: Array<string | null>
  topics: Array<string | null>
  hidden_in: string[]
  removed: boolean
  /** The state as this statement saw it: the version, and the generation then current. */
  version: number
  current: number
}
type FacetRow = {locale: string; kind: string; slug: string | null; label: string | null}

const ITEM_COLUMNS = `SELECT i.position, i.rank, i.day, i.countries, i.topics, i.hidden_in, i.removed, s.version, s.generation AS current
  FROM search_items i CROSS JOIN search_state s WHERE i.generation = $1`

/** Merges two lists of positions, each in rank order, into one. */
function mergeByRank(a: Int32Array, b: Int32Array, ranks: Float64Array): Int32Array {
  const merged = new Int32Array(a.length + b.length)
  let i = 0
  let j = 0
  for (let at = 0; at < merged.length; at += 1) merged[at] = j >= b.length || (i < a.length && ranks[a[i]!]! < ranks[b[j]!]!) ? a[i++]! : b[j++]!
  return merged
}

/** Two sorted vocabularies as one, each word once. */
function mergeVocabulary(a: string[], b: string[]): string[] {
  const merged: string[] = []
  let i = 0
  let j = 0
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i++]! : b[j++]!
    if (merged[merged.length - 1] !== next) merged.push(next)
  }
  return merged
}

/** A FacetColumn with more items' positions after its own. */
function extendColumn(column: FacetColumn, perItem: number[][]): FacetColumn {
  const items = column.start.length - 1
  const start = new Int32Array(items + perItem.length + 1)
  start.set(column.start)
  for (let item = 0; item < perItem.length; item++) start[items + item + 1] = start[items + item]! + perItem[item]!.length
  const list = new Int32Array(start[items + perItem.length]!)
  list.set(column.list)
  for (let item = 0; item < perItem.length; item++) list.set(perItem[item]!, start[items + item]!)
  return {start, list}
}

/**
 * Reads a generation's compact columns, vocabularies and facet labels (not its postings or cards, read per search).
 * The items first, with the version they are at (one statement: one snapshot), then the keys: an update in place
 * committed in between only adds keys, whose new positions this load ignores. Given the same generation loaded at an
 * earlier version, reads only what updates in place changed since (rows appended or removed, keys written) and
 * builds on it: the same index as a whole load, in a fraction of its time.
 */
async function loadIndex(db: Queryable, generation: number, stateVersion: number, previous?: LoadedIndex): Promise<LoadedIndex> {
  const base = previous?.generation === generation ? previous : undefined
  const {rows} = await db.query<ItemColumns>(base ? `${ITEM_COLUMNS} AND (i.position >= $2 OR i.removed)` : ITEM_COLUMNS, base ? [generation, base.size] : [generation])
  // A generation no longer current is not written to any more: the version it was read at stays its label.
  const version = rows[0]?.current === generation ? rows[0].version : stateVersion
  // In position order, so the arrays below are built by push: an array filled out of order is kept by V8 as a dictionary.
  rows.sort((a, b) => a.position - b.position)
  const from = base?.size ?? 0
  const added = base ? rows.filter((row) => row.position >= from) : rows
  // Positions are appended one after the other; anything else is not an update in place: load the whole generation.
  if (base && added.some((row, at) => row.position !== from + at)) return loadIndex(db, generation, stateVersion)
  const [{rows: keys}, {rows: facets}, {rows: locales}] = await Promise.all([
    base
      ? db.query<{key: string; locales: string[]}>('SELECT key, locales FROM search_postings WHERE generation = $1 AND changed > $2', [generation, base.version])
      : db.query<{key: string; locales: string[]}>('SELECT key, locales FROM search_postings WHERE generation = $1', [generation]),
    base ? {rows: []} : db.query<FacetRow>('SELECT locale, kind, slug, label FROM search_facets WHERE generation = $1 ORDER BY locale, kind, position', [generation]),
    base ? {rows: [...base.languages.keys()].map((locale) => ({locale}))} : db.query<{locale: string}>('SELECT locale FROM search_languages WHERE generation = $1', [generation]),
  ])
  const size = from + added.length
  const ranks = new Float64Array(size)
  const removed = new Uint8Array(size)
  if (base) {
    ranks.set(base.ranks)
    removed.set(base.removed)
  }
  for (const row of added) ranks[row.position] = row.rank
  for (const row of rows) if (row.removed) removed[row.position] = 1
  const days = base ? base.days.slice() : []
  for (const row of added) days.push(row.day)
  // Live positions newest first: the earlier ones still live, merged with the live ones added.
  const byRank = mergeByRank(
    base ? base.byRank.filter((position) => !removed[position]) : new Int32Array(0),
    Int32Array.from(
      added.filter((row) => !row.removed).sort((a, b) => a.rank - b.rank),
      (row) => row.position,
    ),
    ranks,
  )
  const languages = new Map<string, LanguageIndex>()
  for (const {locale} of locales) {
    const before = base?.languages.get(locale)
    const values = (kind: string) => vocabularyOf(facets.filter((facet) => facet.locale === locale && facet.kind === kind))
    const countries = before?.countries ?? values('country')
    const topics = before?.topics ?? values('topic')
    const countryPositions = new Map(countries.map((country, position) => [country.slug, position]))
    const topicPositions = new Map(topics.map((topic, position) => [topic.slug, position]))
    const unlisted = new Uint8Array(size)
    if (before?.unlisted) unlisted.set(before.unlisted)
    for (const row of rows) if (row.removed) unlisted[row.position] = 1
    for (const row of added) if (row.hidden_in.includes(locale)) unlisted[row.position] = 1
    const listed = keys.filter((row) => row.locales.includes(locale)).map((row) => row.key)
    listed.sort()
    const known = before?.vocabulary ?? []
    const vocabulary = before ? mergeVocabulary(known, listed) : listed
    const newWords = before ? listed.filter((key) => !inVocabulary(known, key)) : listed
    const addedCountries = added.map((row) => positions(row.countries, countryPositions))
    const addedTopics = added.map((row) => positions(row.topics, topicPositions))
    languages.set(locale, {
      size,
      vocabulary,
      // Shared with the version before (a word it does not know yet finds no posting there).
      typoIndex: await typoIndexOf(newWords, before?.typoIndex),
      unlisted,
      newestFirst: byRank.filter((position) => !unlisted[position]),
      days,
      itemCountries: before ? extendColumn(before.itemCountries, addedCountries) : facetColumn(addedCountries),
      itemTopics: before ? extendColumn(before.itemTopics, addedTopics) : facetColumn(addedTopics),
      countries,
      topics,
    })
  }
  return {generation, version, size, ranks, removed, days, byRank, languages}
}

/** A bytea's bytes as 32-bit numbers (copied when the driver's slice does not start at a multiple of 4). */
function int32s(bytes: Uint8Array): Int32Array {
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : Uint8Array.from(bytes)
  return new Int32Array(aligned.buffer, aligned.byteOffset, aligned.byteLength / 4)
}

/** A posting without the positions past `size` (appended after the reader loaded its index). */
function within(posting: Posting, size: number): Posting {
  const {items, fields} = posting
  let end = items.length
  while (end > 0 && items[end - 1]! >= size) end -= 1
  return end === items.length ? posting : {items: items.subarray(0, end), fields: fields.subarray(0, end)}
}

/** Adds the postings of `keys` not read yet to `read`, in one statement (the typo pass reads only its new keys). */
async function readPostings(db: Queryable, {generation, size}: LoadedIndex, keys: string[], read: Map<string, Posting | undefined>): Promise<PostingLookup> {
  const missing = keys.filter((key) => !read.has(key))
  if (missing.length > 0) {
    const {rows} = await db.query<{key: string; items: Uint8Array; fields: Uint8Array}>(
      'SELECT key, items, fields FROM search_postings WHERE generation = $1 AND key = ANY($2::text[])',
      [generation, missing],
    )
    for (const key of missing) read.set(key, undefined)
    for (const row of rows) read.set(row.key, within({items: int32s(row.items), fields: row.fields}, size))
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
  loading?: {generation: number; version: number; promise: Promise<LoadedIndex>}
  /** The current generation and version as this process last read them, and when (forgotten when it writes). */
  seen?: {state: IndexState | null; at: number}
}

// Pages and route handlers may be bundled as separate module instances: one process-wide slot per database.
const SLOTS = Symbol.for('labour-migration-news.stored-search-index')
const slots: WeakMap<Database, Slot> = ((globalThis as typeof globalThis & {[SLOTS]?: WeakMap<Database, Slot>})[SLOTS] ??= new WeakMap())

function slotOf(db: Database): Slot {
  let slot = slots.get(db)
  if (!slot) slots.set(db, (slot = {}))
  return slot
}

/** Loads a version of a generation once, however many searches ask for it meanwhile. */
function load(db: Database, slot: Slot, generation: number, version: number): Promise<LoadedIndex> {
  if (slot.loading?.generation === generation && slot.loading.version === version) return slot.loading.promise
  const promise = loadIndex(db, generation, version, slot.loaded)
  slot.loading = {generation, version, promise}
  promise
    .then(
      (loaded) => {
        // Every write, whole or in place, bumps the version: the highest is the newest.
        if (!slot.loaded || slot.loaded.version < loaded.version) slot.loaded = loaded
      },
      () => undefined,
    )
    .finally(() => {
      if (slot.loading?.promise === promise) slot.loading = undefined
    })
  return promise
}

type IndexState = {generation: number; version: number}

/** The generation searches read now and its version (every write, whole or in place, bumps it); null before any. */
async function readState(db: Database): Promise<IndexState | null> {
  const state = (await db.query<IndexState>('SELECT generation, version FROM search_state')).rows[0] ?? null
  slotOf(db).seen = {state, at: performance.now()}
  return state
}

/** After this process wrote: the next indexVersion reads the state again. */
function forgetState(db: Database): void {
  slotOf(db).seen = undefined
}

/** How long a state read stays good for indexVersion: another instance's write is seen this much later. */
export const GENERATION_RECHECK_MS = 1_000

/**
 * The current generation and version as one key, read at most GENERATION_RECHECK_MS ago (a write by this process is
 * known at once): what keys answers kept per index version without a database round trip per request
 * (lib/api/news-answer.ts). Null before any index was written.
 */
export async function indexVersion(db: Database): Promise<string | null> {
  const seen = slotOf(db).seen
  const state = seen && performance.now() - seen.at < GENERATION_RECHECK_MS ? seen.state : await readState(db)
  return state && `${state.generation}.${state.version}`
}

/** The current generation as this instance holds it (loaded again when any instance wrote to it); null before any. */
async function currentIndex(db: Database): Promise<LoadedIndex | null> {
  const state = await readState(db)
  if (!state) return null
  const slot = slotOf(db)
  if (slot.loaded?.generation === state.generation && slot.loaded.version === state.version) return slot.loaded
  return load(db, slot, state.generation, state.version)
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
    while (!step.done) step = steps.next(await readPostings(db, loaded, step.value, read))
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
