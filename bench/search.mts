// Search benchmark: the stored index (PGlite in memory, or the PostgreSQL server of BENCH_DATABASE_URL) on synthetic
// datasets of each size: time to write it and to load it, memory, search + facet-count latency, and one published
// change written in place (an edit, an addition, a deletion) until instances find it.
import {spawnSync} from 'node:child_process'
import {mkdirSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {openDatabase, type Database} from '../lib/db/database'
import type {SearchOutcome} from '../lib/search/engine'
import {parseSearchParams, type SearchState} from '../lib/search/search-params'
import {revisionString, searchStored, syncIndex, warmIndex, writeIndex, type ItemChange} from '../lib/search/stored-index'
import type {SEARCH_DOCUMENTS_QUERY_RESULT, SEARCH_FACETS_QUERY_RESULT} from '../sanity.types'
import {DEFAULT_SIZES, generateDocuments, loadReferenceDocuments} from '../sanity/seed/synthetic.mjs'
import {mulberry32} from '../sanity/seed/prng.mjs'
import {PGLITE_NODE_FLAGS} from '../scripts/node-flags.mjs'
import {indexContent, projection} from './lib/search-content.mts'

const HERE = path.dirname(fileURLToPath(import.meta.url))
export const SEARCH_RESULTS_JSON = path.join(HERE, '.out', 'search.json')
export const SEARCH_RESULTS_TABLE = path.join(HERE, '.out', 'search.md')
export const SEARCH_RESULTS_WORST_JSON = path.join(HERE, '.out', 'search-worst-cases.json')

const QUERIES: Array<{name: string; q: string}> = [
  {name: 'one word', q: 'migration'},
  {name: 'two words', q: 'labour rights'},
  {name: 'prefix', q: 'recruit'},
  {name: 'typo', q: 'recruitmnet'},
]
const FILTERS = {country: ['mexico', 'guatemala'], topic: ['covid-19', 'ethical-recruitment']}
const ITERATIONS = 40
const WARM_UP = 5

/** The normal query the worst cases are compared with. */
const NORMAL_QUERY = 'migration'
/**
 * A vocabulary as large as a real archive's (names, numbers, typos), for the worst cases: this many extra
 * made-up words, spread over the synthetic items' bodies, on top of the synthetic vocabulary (≈ 450 words).
 */
const LARGE_VOCABULARY = {items: 3_000, extraWords: 100_000}
const WORST_CASE_SEED = 0x5ea4c4

/** Made-up lower-case words of 5 to 12 letters, the same for a seed. */
function madeUpWords(count: number, seed: number): string[] {
  const random = mulberry32(seed)
  const letters = 'abcdefghijklmnopqrstuvwxyz'
  return Array.from({length: count}, () => Array.from({length: 5 + Math.floor(random() * 8)}, () => letters[Math.floor(random() * letters.length)]).join(''))
}

/** One letter of each word changed: every word is a typo of a word in the index, so the typo pass finds candidates. */
function misspelt(words: string[]): string[] {
  return words.map((word) => `${word.slice(0, 2)}${word[2] === 'q' ? 'x' : 'q'}${word.slice(3)}`)
}

/** The stored index as the benchmark uses it: its database, its sorted vocabulary and each word's item count. */
type BenchIndex = {db: Database; vocabulary: string[]; frequency: Map<string, number>; loadMs: number}

/**
 * Where a size's index lives: the PostgreSQL server of BENCH_DATABASE_URL (shared, as in the cluster), or a PGlite
 * folder (as `npm start` keeps it), so that a second process can open it as an instance starting would.
 */
function openBenchDatabase(items: number): Promise<Database> {
  const url = process.env.BENCH_DATABASE_URL?.trim()
  if (url) return openDatabase({url})
  return openDatabase({dataDir: path.join(HERE, '.out', `search-pglite-${items}`)})
}

/** Writes the documents as the current index (once per content revision, by one instance). */
async function writeBenchIndex(items: number, documents: SEARCH_DOCUMENTS_QUERY_RESULT, facets: SEARCH_FACETS_QUERY_RESULT): Promise<number> {
  rmSync(path.join(HERE, '.out', `search-pglite-${items}`), {recursive: true, force: true})
  const db = await openBenchDatabase(items)
  const written = performance.now()
  await writeIndex(db, indexContent({documents, facets}), revisionString(benchRevision(documents.length, 0)))
  const writeMs = Math.round(performance.now() - written)
  await db.close()
  return writeMs
}

/** The content revision of the written index (step 0) and of each published change after it. */
function benchRevision(count: number, step: number) {
  return {count, updatedAt: new Date(Date.UTC(2030, 0, 1, 0, 0, step)).toISOString()}
}

/** Opens the written index as an instance starting would: the database, then the index loaded for the first search. */
async function readerIndex(items: number): Promise<BenchIndex> {
  const opened = performance.now()
  const db = await openBenchDatabase(items)
  await warmIndex(db)
  const loadMs = Math.round(performance.now() - opened)
  const {rows} = await db.query<{key: string; items: number}>(
    'SELECT key, octet_length(items) / 4 AS items FROM search_postings WHERE generation = (SELECT generation FROM search_state)',
  )
  return {db, vocabulary: rows.map((row) => row.key).sort(), frequency: new Map(rows.map((row) => [row.key, row.items])), loadMs}
}

function runSearch(index: BenchIndex, state: SearchState): Promise<SearchOutcome> {
  return searchStored(index.db, state, 'en') as Promise<SearchOutcome>
}

/** Words of five to nine letters found in most items, most frequent first. */
function commonWords(index: BenchIndex): string[] {
  return index.vocabulary
    .filter((word) => word.length >= 5 && word.length < 10 && /^[a-z]+$/.test(word))
    .sort((a, b) => index.frequency.get(b)! - index.frequency.get(a)!)
}

/** Queries built to make the engine work hardest (the 2026-11-30 security review's, and one against its bounds), each at most 200 characters. */
function worstCaseQueries(index: BenchIndex): Array<{name: string; q: string}> {
  const unknown = (length: number) => madeUpWords(400, WORST_CASE_SEED).map((word) => word.padEnd(length, 'z').slice(0, length))
  const known = index.vocabulary.filter((word) => word.length >= 8 && /^[a-z]+$/.test(word))
  const common = commonWords(index)
  const cut = (words: string[]) => words.join(' ').slice(0, 200)
  return [
    {name: 'one word repeated, then an unknown word', q: `${'migration '.repeat(19)}zzzzqqqqx`},
    {name: '22 unknown 8-letter words', q: cut(unknown(8).slice(0, 22))},
    {name: '18 unknown 10-letter words', q: cut(unknown(10).slice(0, 18))},
    {name: '20 misspelt words of the index', q: cut(misspelt(known.slice(0, 40)))},
    {name: '20 common words, the first 3 misspelt', q: cut([...misspelt(common.slice(0, 3)), ...common.slice(3, 20)])},
  ]
}

type WorstCase = {name: string; words: number} & Percentiles & {timesNormal: number}
export type WorstCaseFigures = {items: number; extraWords: number; normal: Percentiles; worst: WorstCase[]}

type Percentiles = {p50: number; p95: number}

/** One published change written in place, and when readers find it. */
type UpdateFigure = {
  change: 'edit' | 'add' | 'delete'
  /** The webhook's sync: reading the revision, writing the item's rows, one transaction. */
  writeMs: number
  /** From that write's end until a search of an instance that had the index loaded before finds the change (its reload). */
  loadedInstanceMs: number
  /** A process started after the write: open the database, load the index, search. */
  freshProcessMs: number
}

export type SearchFigures = {
  items: number
  projectionMs: number
  /** Writing the index (once per content revision, not per instance). */
  writeMs: number
  /** A new instance opening the database and loading the index: what the first search after a start waits for. */
  loadMs: number
  /** The searching instance's resident memory: before opening, with the index loaded, after every search. */
  rssMiB: {start: number; index: number; end: number}
  queries: Array<{name: string; filters: boolean; results: number} & Percentiles>
  listNoQuery: Percentiles
  worstCases: WorstCaseFigures
  updates: UpdateFigure[]
}

function mib(bytes: number): number {
  return Math.round(bytes / 1024 / 1024)
}

function percentiles(samples: number[]): Percentiles {
  const sorted = [...samples].sort((a, b) => a - b)
  const at = (share: number) => Number(sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))]!.toFixed(2))
  return {p50: at(0.5), p95: at(0.95)}
}

async function time(run: () => Promise<unknown>): Promise<Percentiles> {
  for (let warm = 0; warm < WARM_UP; warm += 1) await run()
  const samples: number[] = []
  for (let iteration = 0; iteration < ITERATIONS; iteration += 1) {
    const started = performance.now()
    await run()
    samples.push(performance.now() - started)
  }
  return percentiles(samples)
}

/** The worst-case queries against the normal one, on one index. */
async function measureWorstCases(index: BenchIndex, items: number, extraWords: number): Promise<WorstCaseFigures> {
  const normal = await time(() => runSearch(index, parseSearchParams({q: NORMAL_QUERY})))
  const worst: WorstCase[] = []
  for (const {name, q} of worstCaseQueries(index)) {
    const figures = await time(() => runSearch(index, parseSearchParams({q})))
    worst.push({name, words: q.split(' ').length, ...figures, timesNormal: Number((figures.p50 / normal.p50).toFixed(1))})
  }
  return {items, extraWords, normal, worst}
}

/** Adds `extraWords` made-up words to the items' bodies, spread evenly, for a vocabulary as large as a real archive's. */
function addVocabulary(dataset: Array<Record<string, unknown>>, extraWords: number): void {
  if (extraWords === 0) return
  const items = dataset.filter((document) => document._type === 'newsItem')
  const words = madeUpWords(extraWords, WORST_CASE_SEED + 1)
  words.forEach((word, position) => {
    const item = items[position % items.length]!
    const body = item.body as Array<{children?: Array<{text?: string}>}> | undefined
    const span = body?.[0]?.children?.[0]
    if (span) span.text = `${span.text ?? ''} ${word}`
  })
}

/** The worst cases alone, on a dataset with a large vocabulary: written in this process, searched in a fresh one. */
async function measureLargeVocabulary(items: number, extraWords: number): Promise<WorstCaseFigures> {
  const dataset = [...generateDocuments({items, references: loadReferenceDocuments()})]
  addVocabulary(dataset, extraWords)
  const {documents, facets} = await projection(dataset)
  await writeBenchIndex(items, documents, facets)
  return inChild<WorstCaseFigures>(`--large-vocabulary-reader=${items},${extraWords}`, 'large vocabulary, reader')
}

/** Whether a search for `word` finds the item `id` (at most one page of 20 is read: the word is the item's own). */
async function finds(db: Database, word: string, id: string): Promise<boolean> {
  const outcome = (await searchStored(db, parseSearchParams({q: word}), 'en'))!
  return outcome.hits.some((hit) => hit._id === id)
}

/** Searches until the change is seen (each search reloads the index once it changed); the time it took. */
async function untilSeen(db: Database, word: string, id: string, present: boolean): Promise<number> {
  const started = performance.now()
  while ((await finds(db, word, id)) !== present) {
    if (performance.now() - started > 60_000) throw new Error(`"${word}" not ${present ? 'found' : 'gone'} after 60 s`)
  }
  return Math.round(performance.now() - started)
}

/**
 * Three changes published one after the other (an item edited, one added, one deleted), each written in place as the
 * webhook does, with a reader that had loaded the index before (on the server another connection pool, on PGlite the
 * same process, which is the only one) and a process started afterwards.
 */
async function measureUpdates(items: number): Promise<UpdateFigure[]> {
  const server = Boolean(process.env.BENCH_DATABASE_URL?.trim())
  let writer = await openBenchDatabase(items)
  let reader = server ? await openBenchDatabase(items) : writer
  await warmIndex(reader)
  type Row = {id: string; title: string; slug: string; published_at: string; countries: string[]; topics: string[]}
  const {rows} = await writer.query<Row>(
    'SELECT id, title, slug, published_at, countries, topics FROM search_items WHERE generation = (SELECT generation FROM search_state) AND position = $1',
    [Math.floor(items / 2)],
  )
  const item = rows[0]!
  const documentOf = (id: string, word: string): SEARCH_DOCUMENTS_QUERY_RESULT[number] => ({
    _id: id,
    language: 'en',
    title: `${item.title} ${word}`,
    slug: `${item.slug}-${word}`,
    publishedAt: item.published_at,
    place: null,
    summary: `A change published to measure search: ${word}.`,
    body: `The ${word} appears in this item only. Migrant workers and recruitment agencies.`,
    countries: item.countries,
    topics: item.topics,
    image: null,
  })
  const steps: Array<{change: UpdateFigure['change']; id: string; word: string; count: number; present: boolean}> = [
    {change: 'edit', id: item.id, word: 'quokkaedit', count: items, present: true},
    {change: 'add', id: 'synthetic-bench-added', word: 'quokkaadd', count: items + 1, present: true},
    {change: 'delete', id: item.id, word: 'quokkaedit', count: items, present: false},
  ]
  const figures: UpdateFigure[] = []
  let before = items
  for (const [step, {change, id, word, count, present}] of steps.entries()) {
    const itemChange: ItemChange = {
      id,
      revision: revisionString(benchRevision(count, step + 1)),
      others: benchRevision(change === 'add' ? before : before - 1, step),
      ids: [id],
      documents: present ? [documentOf(id, word)] : [],
      hiddenIn: new Map(),
      timeZone: 'UTC',
    }
    const source = {revision: async () => itemChange.revision, content: async (): Promise<never> => { throw new Error('the whole content was asked for') }, change: async () => itemChange}
    const started = performance.now()
    if (!(await syncIndex(writer, source))) throw new Error(`the ${change} wrote nothing`)
    const writeMs = Math.round(performance.now() - started)
    const loadedInstanceMs = await untilSeen(reader, word, id, present)
    // A process started now (on PGlite the folder is this process's until it closes it).
    if (!server) await writer.close()
    const fresh = inChild<{ms: number; seen: boolean}>(`--fresh-reader=${items},${word},${id},${present}`, `${change}, fresh reader`)
    if (!fresh.seen) throw new Error(`a fresh process did not see the ${change}`)
    if (!server) {
      // Opened again, and loaded before the next change, as the instance holding it would have it.
      reader = writer = await openBenchDatabase(items)
      await warmIndex(reader)
    }
    figures.push({change, writeMs, loadedInstanceMs, freshProcessMs: fresh.ms})
    before = count
  }
  await writer.close()
  if (reader !== writer) await reader.close()
  return figures
}

/** A process started after a change: opens the database, loads the index, searches once. */
async function freshReader(items: number, word: string, id: string, present: boolean): Promise<{ms: number; seen: boolean}> {
  const started = performance.now()
  const db = await openBenchDatabase(items)
  const seen = (await finds(db, word, id)) === present
  const ms = Math.round(performance.now() - started)
  await db.close()
  return {ms, seen}
}

/** One dataset size: the index written in this (fresh) process, then searched by another, as an instance would. */
async function measureSize(items: number): Promise<SearchFigures> {
  const references = loadReferenceDocuments()
  const dataset = [...generateDocuments({items, references})]
  const started = performance.now()
  const {documents, facets} = await projection(dataset)
  const projectionMs = Math.round(performance.now() - started)
  dataset.length = 0
  const writeMs = await writeBenchIndex(items, documents, facets)
  const reader = inChild<ReaderFigures>(`--reader=${items}`, `${items} items, reader`)
  return {items, projectionMs, writeMs, ...reader, updates: inChild<UpdateFigure[]>(`--updates=${items}`, `${items} items, updates`)}
}

/** What an instance that starts on a written index measures: its first search's wait, its memory, the searches. */
type ReaderFigures = Omit<SearchFigures, 'items' | 'projectionMs' | 'writeMs' | 'updates'>

async function measureReader(items: number): Promise<ReaderFigures> {
  const rssStart = process.memoryUsage().rss
  const index = await readerIndex(items)
  const rssIndex = process.memoryUsage().rss
  const queries: SearchFigures['queries'] = []
  for (const {name, q} of QUERIES) {
    for (const filters of [false, true]) {
      const state = parseSearchParams(filters ? {q, ...FILTERS} : {q})
      const results = (await runSearch(index, state)).total
      queries.push({name, filters, results, ...(await time(() => runSearch(index, state)))})
    }
  }
  const listNoQuery = await time(() => runSearch(index, parseSearchParams({})))
  const worstCases = await measureWorstCases(index, items, 0)
  const rssEnd = process.memoryUsage().rss
  await index.db.close()
  return {loadMs: index.loadMs, rssMiB: {start: mib(rssStart), index: mib(rssIndex), end: mib(rssEnd)}, queries, listNoQuery, worstCases}
}

function parseSizes(argv: string[]): number[] {
  const option = argv.find((arg) => arg.startsWith('--sizes='))
  return option ? option.slice('--sizes='.length).split(',').map(Number) : DEFAULT_SIZES
}

export function searchTable(figures: SearchFigures[]): string {
  const lines = [
    '| items | projection (groq-js) | index written | a new instance: open and load | its RSS: loaded / after the searches | query | filters | results | p50 ms | p95 ms |',
    '| ---: | ---: | ---: | ---: | ---: | --- | --- | ---: | ---: | ---: |',
  ]
  for (const size of figures) {
    for (const [position, query] of size.queries.entries()) {
      const first = position === 0
      lines.push(
        `| ${first ? size.items.toLocaleString('en') : ''} | ${first ? `${size.projectionMs} ms` : ''} | ${first ? `${size.writeMs} ms` : ''} | ${first ? `${size.loadMs} ms` : ''} | ${first ? `${size.rssMiB.index} / ${size.rssMiB.end} MiB` : ''} | ${query.name} | ${query.filters ? 'country ×2 + topic ×2' : 'none'} | ${query.results.toLocaleString('en')} | ${query.p50} | ${query.p95} |`,
      )
    }
    lines.push(`| | | | | | (no words: newest first) | none | ${size.items.toLocaleString('en')} | ${size.listNoQuery.p50} | ${size.listNoQuery.p95} |`)
  }
  return lines.join('\n')
}

/** The published changes of each size, written in place, and when readers find them. */
export function updateTable(figures: SearchFigures[]): string {
  const lines = [
    'One published change written in place (the webhook\'s sync), then found by an instance that had the index loaded (its next search reloads it) and by a process started after it:',
    '',
    '| items | change | written in place | found by a loaded instance after | a new process: open, load, search |',
    '| ---: | --- | ---: | ---: | ---: |',
  ]
  for (const size of figures) {
    for (const [position, update] of size.updates.entries()) {
      lines.push(`| ${position === 0 ? size.items.toLocaleString('en') : ''} | ${update.change} | ${update.writeMs} ms | ${update.loadedInstanceMs} ms | ${update.freshProcessMs} ms |`)
    }
  }
  return lines.join('\n')
}

/** The worst-case queries of each size, and of the large vocabulary, against the normal query of the same index. */
export function worstCaseTable(figures: WorstCaseFigures[]): string {
  const lines = [
    `Worst cases (goal: p50 ≤ 5 × the normal query \`${NORMAL_QUERY}\` on the same index):`,
    '',
    '| items | extra made-up words | query | words | p50 ms | p95 ms | × normal p50 |',
    '| ---: | ---: | --- | ---: | ---: | ---: | ---: |',
  ]
  for (const size of figures) {
    lines.push(`| ${size.items.toLocaleString('en')} | ${size.extraWords.toLocaleString('en')} | normal: \`${NORMAL_QUERY}\` | 1 | ${size.normal.p50} | ${size.normal.p95} | 1 |`)
    for (const worst of size.worst) lines.push(`| | | ${worst.name} | ${worst.words} | ${worst.p50} | ${worst.p95} | ${worst.timesNormal} |`)
  }
  return lines.join('\n')
}

/** Runs this script again in a fresh process, so memory figures are not inflated by the previous measurement. */
function inChild<T>(argument: string, what: string): T {
  // A reader on PGlite runs under the V8 flags `npm start` gives the process that holds PGlite.
  const flags = /reader=|updates=/.test(argument) && !process.env.BENCH_DATABASE_URL?.trim() ? PGLITE_NODE_FLAGS : []
  const run = spawnSync(process.execPath, [...flags, ...process.execArgv, fileURLToPath(import.meta.url), argument], {encoding: 'utf8', maxBuffer: 1 << 24})
  if (run.status !== 0) throw new Error(`search benchmark (${what}) failed:\n${run.stderr}`)
  return JSON.parse(run.stdout) as T
}

async function main() {
  const child = process.argv.find((arg) => arg.startsWith('--child='))
  if (child) {
    process.stdout.write(JSON.stringify(await measureSize(Number(child.slice('--child='.length)))))
    return
  }
  const updates = process.argv.find((arg) => arg.startsWith('--updates='))
  if (updates) {
    process.stdout.write(JSON.stringify(await measureUpdates(Number(updates.slice('--updates='.length)))))
    return
  }
  const fresh = process.argv.find((arg) => arg.startsWith('--fresh-reader='))
  if (fresh) {
    const [items, word, id, present] = fresh.slice('--fresh-reader='.length).split(',')
    process.stdout.write(JSON.stringify(await freshReader(Number(items), word!, id!, present === 'true')))
    return
  }
  const reader = process.argv.find((arg) => arg.startsWith('--reader='))
  if (reader) {
    process.stdout.write(JSON.stringify(await measureReader(Number(reader.slice('--reader='.length)))))
    return
  }
  const largeReader = process.argv.find((arg) => arg.startsWith('--large-vocabulary-reader='))
  if (largeReader) {
    const [items, extraWords] = largeReader.slice('--large-vocabulary-reader='.length).split(',').map(Number)
    const index = await readerIndex(items!)
    process.stdout.write(JSON.stringify(await measureWorstCases(index, items!, extraWords!)))
    await index.db.close()
    return
  }
  if (process.argv.includes('--large-vocabulary-child')) {
    process.stdout.write(JSON.stringify(await measureLargeVocabulary(LARGE_VOCABULARY.items, LARGE_VOCABULARY.extraWords)))
    return
  }
  const figures: SearchFigures[] = []
  for (const items of parseSizes(process.argv)) {
    process.stderr.write(`search: ${items.toLocaleString('en')} items… `)
    const result = inChild<SearchFigures>(`--child=${items}`, `${items} items`)
    process.stderr.write(`index written in ${result.writeMs} ms; a new instance's first search waited ${result.loadMs} ms; `)
    process.stderr.write(`${result.updates.map((update) => `${update.change} written in place in ${update.writeMs} ms, found after ${update.loadedInstanceMs} ms`).join(', ')}\n`)
    figures.push(result)
  }
  process.stderr.write(`search: worst cases at ${LARGE_VOCABULARY.items.toLocaleString('en')} items + ${LARGE_VOCABULARY.extraWords.toLocaleString('en')} made-up words…\n`)
  const largeVocabulary = inChild<WorstCaseFigures>('--large-vocabulary-child', 'large vocabulary')
  const tables = `${searchTable(figures)}\n\n${updateTable(figures)}\n\n${worstCaseTable([...figures.map((size) => size.worstCases), largeVocabulary])}\n`
  mkdirSync(path.dirname(SEARCH_RESULTS_JSON), {recursive: true})
  writeFileSync(SEARCH_RESULTS_JSON, `${JSON.stringify(figures, null, 2)}\n`)
  writeFileSync(SEARCH_RESULTS_WORST_JSON, `${JSON.stringify(largeVocabulary, null, 2)}\n`)
  writeFileSync(SEARCH_RESULTS_TABLE, tables)
  process.stdout.write(tables)
}

await main()
