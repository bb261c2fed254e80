// Search in PostgreSQL (lib/search/sql-search.ts) measured on synthetic datasets, on PGlite and on a PostgreSQL server:
// indexing time, first search after a start, search + facets latency, memory, and agreement with the in-process engine.
import {spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {evaluate, parse} from 'groq-js'
import {SEARCH_DOCUMENTS_QUERY, SEARCH_FACETS_QUERY} from '../lib/content/queries'
import {openDatabase, type Database} from '../lib/db/database'
import {buildNewsIndex, runSearch} from '../lib/search/engine'
import {parseSearchParams} from '../lib/search/search-params'
import {SEARCH_SCHEMA, searchRows, searchStored, writeSearchFacets, writeSearchRows} from '../lib/search/sql-search'
import type {SEARCH_DOCUMENTS_QUERY_RESULT, SEARCH_FACETS_QUERY_RESULT} from '../sanity.types'
import {generateDocuments, loadReferenceDocuments} from '../sanity/seed/synthetic.mjs'

const QUERIES: Array<{name: string; q: string}> = [
  {name: 'one word', q: 'migration'},
  {name: 'two words', q: 'labour rights'},
  {name: 'prefix', q: 'recruit'},
  {name: 'typo', q: 'recruitmnet'},
]
const FILTERS = {country: ['mexico', 'guatemala'], topic: ['covid-19', 'ethical-recruitment']}
const ITERATIONS = 40
const WARM_UP = 5
const LOCALES = ['en', 'es'] as const
const HERE = path.dirname(fileURLToPath(import.meta.url))
export const SEARCH_SQL_RESULTS = path.join(HERE, '.out', 'search-sql.md')

type Percentiles = {p50: number; p95: number}

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

const mib = (bytes: number) => Math.round(bytes / 1024 / 1024)

async function projection(items: number) {
  const dataset = [...generateDocuments({items, references: loadReferenceDocuments()})]
  const byId = new Map(dataset.map((document) => [document._id, document]))
  const dereference = ({_ref}: {_ref: string}) => byId.get(_ref) ?? null
  const run = async (query: string, params: Record<string, unknown> = {}) => (await evaluate(parse(query), {dataset, dereference, params})).get()
  const documents = (await run(SEARCH_DOCUMENTS_QUERY)) as SEARCH_DOCUMENTS_QUERY_RESULT
  const facets = await Promise.all(LOCALES.map(async (locale) => (await run(SEARCH_FACETS_QUERY, {locale})) as SEARCH_FACETS_QUERY_RESULT))
  return {documents, facets}
}

type Target = {engine: 'pglite' | 'postgres'; location: string}

async function open(target: Target): Promise<Database> {
  return target.engine === 'pglite' ? openDatabase({dataDir: target.location}) : openDatabase({url: target.location})
}

/** Child: projects the dataset and writes the whole index. */
async function write(items: number, target: Target) {
  const {documents, facets} = await projection(items)
  const started = performance.now()
  const db = await open(target)
  for (const statement of SEARCH_SCHEMA) await db.query(statement)
  const rows = searchRows(documents, LOCALES.map((language, position) => ({language, facets: facets[position]!})))
  const rowsMs = Math.round(performance.now() - started)
  await db.transaction(async (tx) => {
    await writeSearchRows(tx, rows)
    for (const [position, locale] of LOCALES.entries()) await writeSearchFacets(tx, locale, facets[position]!)
  })
  if (target.engine === 'postgres') await db.query('ANALYZE search_items')
  const writeMs = Math.round(performance.now() - started)
  const rss = mib(process.memoryUsage().rss)
  await db.close()
  return {rowsMs, writeMs, rssMiB: rss}
}

/** Child: a fresh start on the written index: the first search, then the query set, worst cases and memory. */
async function measure(items: number, target: Target, agree: boolean) {
  const started = performance.now()
  const db = await open(target)
  const openMs = Math.round(performance.now() - started)
  const first = await searchStored(db, parseSearchParams({q: 'migration'}), 'en')
  const firstSearchMs = Math.round(performance.now() - started)
  const queries = []
  for (const {name, q} of QUERIES) {
    for (const filters of [false, true]) {
      const state = parseSearchParams(filters ? {q, ...FILTERS} : {q})
      const results = (await searchStored(db, state, 'en')).total
      queries.push({name, filters, results, ...(await time(() => searchStored(db, state, 'en')))})
    }
  }
  const listNoQuery = await time(() => searchStored(db, parseSearchParams({}), 'en'))
  const listFiltered = await time(() => searchStored(db, parseSearchParams(FILTERS), 'en'))
  const {rows} = await db.query<{word: string}>("SELECT word FROM search_words WHERE length(word) BETWEEN 8 AND 12 AND word ~ '^[a-z]+$' ORDER BY word LIMIT 40")
  const known = rows.map((row) => row.word)
  const misspelt = known.map((word) => `${word.slice(0, 2)}${word[2] === 'q' ? 'x' : 'q'}${word.slice(3)}`)
  const worst = [
    {name: 'one word repeated, then an unknown word', q: `${'migration '.repeat(19)}zzzzqqqqx`},
    {name: '20 unknown 8-letter words', q: Array.from({length: 20}, (_, i) => `zq${String.fromCharCode(97 + i)}xwvut`).join(' ').slice(0, 200)},
    {name: '20 misspelt words of the index', q: misspelt.slice(0, 20).join(' ').slice(0, 200)},
    {name: '20 known words', q: known.slice(0, 20).join(' ').slice(0, 200)},
  ]
  const worstCases = []
  for (const {name, q} of worst) worstCases.push({name, ...(await time(() => searchStored(db, parseSearchParams({q}), 'en')))})
  const rssMiB = mib(process.memoryUsage().rss)
  let agreement: {compared: number; differences: string[]} | undefined
  if (agree) agreement = await compareWithEngine(db, items)
  await db.close()
  return {openMs, firstSearchMs, firstResults: first.total, queries, listNoQuery, listFiltered, worstCases, rssMiB, agreement}
}

/** The same searches through the in-process engine and through PostgreSQL: totals, pages of ids, facet counts. */
async function compareWithEngine(db: Database, items: number) {
  const {documents, facets} = await projection(items)
  const facetNames = LOCALES.map((language, position) => ({language, facets: facets[position]!}))
  const index = await buildNewsIndex(documents, facets[0]!, undefined, facetNames)
  const cases: Array<Record<string, string | string[]>> = [
    {},
    {q: 'migration'},
    {q: 'labour rights'},
    {q: 'recruit'},
    {q: 'recruitmnet'},
    {q: 'trabajadores'},
    {q: 'permisos de trabajo'},
    {q: 'covid', sort: 'newest'},
    {q: 'migrant workers', ...FILTERS},
    {country: 'mexico', from: '2021-01-01', to: '2022-12-31', sort: 'oldest'},
    {q: 'the'},
    {q: 'zzzqqq'},
    {q: 'migration', page: '3'},
    {q: 'migration', page: '999'},
  ]
  const differences: string[] = []
  for (const params of cases) {
    const state = parseSearchParams(params)
    const expected = runSearch(index, state)
    const actual = await searchStored(db, state, 'en')
    const label = JSON.stringify(params)
    if (expected.total !== actual.total) differences.push(`${label}: total ${expected.total} vs ${actual.total}`)
    if (expected.page !== actual.page) differences.push(`${label}: page ${expected.page} vs ${actual.page}`)
    const ids = (outcome: typeof expected) => outcome.hits.map((hit) => hit._id).join(',')
    if (ids(expected) !== ids(actual)) differences.push(`${label}: hits differ`)
    if (JSON.stringify(expected.facets) !== JSON.stringify(actual.facets)) differences.push(`${label}: facets differ`)
    if (JSON.stringify(expected.hits[0]?.matchedTerms ?? []) !== JSON.stringify(actual.hits[0]?.matchedTerms ?? [])) differences.push(`${label}: matched terms differ`)
  }
  // The in-process engine on the same items, in the same process and moment: the load on a shared machine hits both.
  const engine = []
  for (const {name, q} of QUERIES) {
    const state = parseSearchParams({q})
    engine.push({name, ...(await time(async () => runSearch(index, state)))})
  }
  const sql = []
  for (const {name, q} of QUERIES) {
    const state = parseSearchParams({q})
    sql.push({name, ...(await time(() => searchStored(db, state, 'en')))})
  }
  return {compared: cases.length, differences, sideBySide: {engine, sql}}
}

function child<T>(args: string[]): T {
  const run = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), ...args], {encoding: 'utf8', maxBuffer: 1 << 26})
  if (run.status !== 0) throw new Error(`search-sql benchmark ${args.join(' ')} failed:\n${run.stderr}`)
  return JSON.parse(run.stdout) as T
}

async function main() {
  const [mode, items, engine, location, agree] = process.argv.slice(2)
  if (mode === '--agree') {
    // Agreement and the side-by-side timings alone, on an index already written (a server's database).
    const db = await open({engine, location} as Target)
    process.stdout.write(JSON.stringify(await compareWithEngine(db, Number(items))))
    await db.close()
    return
  }
  if (mode === '--write' || mode === '--measure') {
    const target = {engine, location} as Target
    const result = mode === '--write' ? await write(Number(items), target) : await measure(Number(items), target, agree === 'agree')
    process.stdout.write(JSON.stringify(result))
    return
  }
  const sizes = (process.argv.find((arg) => arg.startsWith('--sizes='))?.slice(8) ?? '10000,100000').split(',').map(Number)
  const engines = (process.argv.find((arg) => arg.startsWith('--engines='))?.slice(10) ?? 'pglite,postgres').split(',')
  const server = process.env.BENCH_DATABASE_URL
  const results: Result[] = []
  for (const size of sizes) {
    for (const kind of engines) {
      let location: string
      let cleanup = () => {}
      if (kind === 'pglite') {
        location = mkdtempSync(path.join(os.tmpdir(), 'search-sql-'))
        cleanup = () => rmSync(location, {recursive: true, force: true})
      } else {
        if (!server) throw new Error('BENCH_DATABASE_URL (a PostgreSQL server, e.g. postgres://portal@127.0.0.1:4840/postgres) is needed for engine postgres')
        const admin = await openDatabase({url: server, migrate: false})
        const name = `search_bench_${size}`
        await admin.query(`DROP DATABASE IF EXISTS ${name}`)
        await admin.query(`CREATE DATABASE ${name}`)
        await admin.close()
        location = server.replace(/\/[^/]*$/, `/${name}`)
      }
      process.stderr.write(`search-sql: ${size} items on ${kind}: writing… `)
      const written = child<Record<string, unknown>>(['--write', String(size), kind, location])
      process.stderr.write(`${JSON.stringify(written)}; measuring…\n`)
      const measured = child<Record<string, unknown>>(['--measure', String(size), kind, location, size <= 10_000 ? 'agree' : ''])
      results.push({items: size, engine: kind, written, measured} as Result)
      process.stderr.write(`${JSON.stringify(results.at(-1))}\n`)
      cleanup()
    }
  }
  const table = resultsTable(results)
  mkdirSync(path.dirname(SEARCH_SQL_RESULTS), {recursive: true})
  writeFileSync(SEARCH_SQL_RESULTS, `${table}\n`)
  process.stdout.write(`${table}\n`)
}

type Result = {
  items: number
  engine: string
  written: Awaited<ReturnType<typeof write>>
  measured: Awaited<ReturnType<typeof measure>>
}

/** One line per size and engine: indexing, the first search after a start, memory, then p50 / p95 of each query. */
export function resultsTable(results: Result[]): string {
  const header = ['items', 'engine', 'index written', 'first search after start', 'RSS', ...QUERIES.flatMap(({name}) => [name, `${name} + filters`]), 'no words', 'agreement']
  const lines = [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`]
  for (const {items, engine, written, measured} of results) {
    const cells = [
      items.toLocaleString('en'),
      engine,
      `${(written.writeMs / 1000).toFixed(1)} s`,
      `${measured.firstSearchMs} ms (open ${measured.openMs} ms)`,
      `${measured.rssMiB} MiB`,
      ...measured.queries.map((query) => `${query.p50} / ${query.p95}`),
      `${measured.listNoQuery.p50} / ${measured.listNoQuery.p95}`,
      measured.agreement ? `${measured.agreement.compared - measured.agreement.differences.length}/${measured.agreement.compared}` : '—',
    ]
    lines.push(`| ${cells.join(' | ')} |`)
  }
  return lines.join('\n')
}

await main()
