// An experiment for issue 21 point 5: posting lists per word key kept in PostgreSQL (bytea of item numbers and field
// bits), read per search, with scoring, filters and facet counts over typed arrays: how fast can a shared index be?
import {evaluate, parse} from 'groq-js'
import {SEARCH_DOCUMENTS_QUERY, SEARCH_FACETS_QUERY} from '../lib/content/queries'
import {openDatabase, type Database} from '../lib/db/database'
import {queryWords, searchTerms, type TextLanguage} from '../lib/search/terms'
import type {SEARCH_DOCUMENTS_QUERY_RESULT, SEARCH_FACETS_QUERY_RESULT} from '../sanity.types'
import {generateDocuments, loadReferenceDocuments} from '../sanity/seed/synthetic.mjs'

/** Field bits, and each field's boost as the engine has them. */
const BOOSTS = [6, 2.5, 2, 1] as const
const QUERIES = ['migration', 'labour rights', 'recruit']
const ITERATIONS = 30

type Compact = {newestFirst: Int32Array; countryStart: Int32Array; countryList: Int32Array; topicStart: Int32Array; topicList: Int32Array; countries: number; topics: number}

async function projection(items: number) {
  const dataset = [...generateDocuments({items, references: loadReferenceDocuments()})]
  const byId = new Map(dataset.map((document) => [document._id, document]))
  const dereference = ({_ref}: {_ref: string}) => byId.get(_ref) ?? null
  const run = async (query: string, params: Record<string, unknown> = {}) => (await evaluate(parse(query), {dataset, dereference, params})).get()
  return {
    documents: (await run(SEARCH_DOCUMENTS_QUERY)) as SEARCH_DOCUMENTS_QUERY_RESULT,
    facets: (await run(SEARCH_FACETS_QUERY, {locale: 'en'})) as SEARCH_FACETS_QUERY_RESULT,
  }
}

/** Posting lists (item numbers, field bits) per key, and the compact columns every instance would keep. */
function build(documents: SEARCH_DOCUMENTS_QUERY_RESULT, facets: SEARCH_FACETS_QUERY_RESULT) {
  const postings = new Map<string, {items: number[]; fields: number[]}>()
  const countrySlugs = facets.countries.map((country) => country.slug)
  const topicSlugs = facets.topics.map((topic) => topic.slug)
  const countryLists: number[][] = []
  const topicLists: number[][] = []
  documents.forEach((document, item) => {
    const language: TextLanguage = document.language === 'es' ? 'es' : 'en'
    const fields = [document.title ?? '', [document.place, document.summary].filter(Boolean).join(' '), '', document.body ?? '']
    const bits = new Map<string, number>()
    fields.forEach((text, field) => {
      for (const key of searchTerms(text, language)) bits.set(key, (bits.get(key) ?? 0) | (1 << field))
    })
    for (const [key, mask] of bits) {
      const list = postings.get(key) ?? {items: [], fields: []}
      list.items.push(item)
      list.fields.push(mask)
      postings.set(key, list)
    }
    countryLists.push((document.countries ?? []).map((slug) => countrySlugs.indexOf(slug)).filter((position) => position >= 0))
    topicLists.push((document.topics ?? []).map((slug) => topicSlugs.indexOf(slug)).filter((position) => position >= 0))
  })
  const csr = (lists: number[][]) => {
    const start = new Int32Array(lists.length + 1)
    lists.forEach((list, item) => (start[item + 1] = start[item]! + list.length))
    return {start, list: Int32Array.from(lists.flat())}
  }
  const time = documents.map((document) => (document.publishedAt ? Date.parse(document.publishedAt) : 0))
  const newestFirst = Int32Array.from(documents.map((_, item) => item).sort((a, b) => time[b]! - time[a]!))
  const countries = csr(countryLists)
  const topics = csr(topicLists)
  const compact: Compact = {
    newestFirst,
    countryStart: countries.start,
    countryList: countries.list,
    topicStart: topics.start,
    topicList: topics.list,
    countries: countrySlugs.length,
    topics: topicSlugs.length,
  }
  return {postings, compact}
}

async function write(db: Database, postings: Map<string, {items: number[]; fields: number[]}>) {
  await db.query('CREATE TABLE IF NOT EXISTS search_postings (key text COLLATE "C" PRIMARY KEY, items bytea NOT NULL, fields bytea NOT NULL)')
  await db.query('TRUNCATE search_postings')
  const entries = [...postings]
  for (let start = 0; start < entries.length; start += 200) {
    const batch = entries.slice(start, start + 200)
    await db.query('INSERT INTO search_postings (key, items, fields) SELECT * FROM unnest($1::text[], $2::bytea[], $3::bytea[])', [
      batch.map(([key]) => key),
      batch.map(([, list]) => Buffer.from(Int32Array.from(list.items).buffer)),
      batch.map(([, list]) => Buffer.from(Uint8Array.from(list.fields))),
    ])
  }
}

/** One search: read the postings of the words' keys, score (AND of words), count facets, sort a page of 20. */
async function search(db: Database, compact: Compact, size: number, q: string) {
  const words = queryWords(q)
  const last = words.length - 1
  const {rows} = await db.query<{key: string; items: Uint8Array; fields: Uint8Array}>(
    `SELECT key, items, fields FROM search_postings WHERE key = ANY($1::text[])
     UNION ALL SELECT key, items, fields FROM search_postings, unnest($2::text[]) AS p WHERE key > p AND key < p || chr(1114111)`,
    [words.flat(), words[last] ?? []],
  )
  const scores = new Float64Array(size)
  const matched = new Uint8Array(size)
  const best = new Float64Array(size)
  words.forEach((keys, position) => {
    best.fill(0)
    for (const row of rows) {
      const exact = keys.includes(row.key)
      if (!exact && !(position === last && keys.some((key) => row.key.startsWith(key)))) continue
      const weight = exact ? 1 : 0.5
      // pg hands out slices of a shared buffer, not always at a multiple of 4 bytes: copied then.
      const bytes = row.items.byteOffset % 4 === 0 ? row.items : Uint8Array.from(row.items)
      const items = new Int32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4)
      for (let at = 0; at < items.length; at += 1) {
        const mask = row.fields[at]!
        const value = (mask & 1 ? BOOSTS[0] : mask & 2 ? BOOSTS[1] : mask & 4 ? BOOSTS[2] : BOOSTS[3]) * weight
        if (value > best[items[at]!]!) best[items[at]!] = value
      }
    }
    for (let item = 0; item < size; item += 1) {
      if (best[item]! > 0) {
        scores[item]! += best[item]!
        matched[item]! += 1
      }
    }
  })
  const countryCounts = new Int32Array(compact.countries)
  const topicCounts = new Int32Array(compact.topics)
  const selected: number[] = []
  for (const item of compact.newestFirst) {
    if (matched[item] !== words.length) continue
    for (let at = compact.countryStart[item]!; at < compact.countryStart[item + 1]!; at += 1) countryCounts[compact.countryList[at]!]! += 1
    for (let at = compact.topicStart[item]!; at < compact.topicStart[item + 1]!; at += 1) topicCounts[compact.topicList[at]!]! += 1
    selected.push(item)
  }
  const page = selected.sort((a, b) => scores[b]! - scores[a]!).slice(0, 20)
  return {total: selected.length, page, countryCounts, topicCounts}
}

async function main() {
  const sizes = (process.argv.find((arg) => arg.startsWith('--sizes='))?.slice(8) ?? '10000,100000').split(',').map(Number)
  const server = process.env.BENCH_DATABASE_URL
  for (const size of sizes) {
    const {documents, facets} = await projection(size)
    const started = performance.now()
    const {postings, compact} = build(documents, facets)
    const buildMs = Math.round(performance.now() - started)
    for (const engine of server ? ['pglite', 'postgres'] : ['pglite']) {
      const db = engine === 'pglite' ? await openDatabase({dataDir: 'memory://', migrate: false}) : await openDatabase({url: server, migrate: false})
      const writeStarted = performance.now()
      await write(db, postings)
      const writeMs = Math.round(performance.now() - writeStarted)
      const figures: Record<string, string> = {}
      for (const q of QUERIES) {
        const samples: number[] = []
        let total = 0
        for (let run = 0; run < ITERATIONS + 5; run += 1) {
          const at = performance.now()
          total = (await search(db, compact, documents.length, q)).total
          if (run >= 5) samples.push(performance.now() - at)
        }
        samples.sort((a, b) => a - b)
        figures[q] = `${total} results, p50 ${samples[Math.floor(samples.length / 2)]!.toFixed(1)} ms, p95 ${samples[Math.floor(samples.length * 0.95)]!.toFixed(1)} ms`
      }
      process.stdout.write(`${JSON.stringify({items: size, engine, keys: postings.size, buildMs, writeMs, figures})}\n`)
      await db.close()
    }
  }
}

await main()
