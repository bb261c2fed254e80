// Search benchmark: index build time, memory, and search + facet-count latency on synthetic datasets of each size.
import {spawnSync} from 'node:child_process'
import {mkdirSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {evaluate, parse} from 'groq-js'
import {SEARCH_DOCUMENTS_QUERY, SEARCH_FACETS_QUERY} from '../lib/content/queries'
import {buildNewsIndex, runSearch} from '../lib/search/engine'
import {parseSearchParams} from '../lib/search/params'
import type {SEARCH_DOCUMENTS_QUERY_RESULT, SEARCH_FACETS_QUERY_RESULT} from '../sanity.types'
import {DEFAULT_SIZES, generateDocuments, loadReferenceDocuments} from './generate-dataset.mjs'

const HERE = path.dirname(fileURLToPath(import.meta.url))
export const SEARCH_RESULTS_JSON = path.join(HERE, '.out', 'search.json')
export const SEARCH_RESULTS_TABLE = path.join(HERE, '.out', 'search.md')

const QUERIES: Array<{name: string; q: string}> = [
  {name: 'one word', q: 'migration'},
  {name: 'two words', q: 'labour rights'},
  {name: 'prefix', q: 'recruit'},
  {name: 'typo', q: 'recruitmnet'},
]
const FILTERS = {country: ['mexico', 'guatemala'], topic: ['covid-19', 'ethical-recruitment']}
const ITERATIONS = 40
const WARM_UP = 5

type Percentiles = {p50: number; p95: number}
export type SearchFigures = {
  items: number
  projectionMs: number
  buildMs: number
  rssMiB: {start: number; documents: number; index: number}
  queries: Array<{name: string; filters: boolean; results: number} & Percentiles>
  listNoQuery: Percentiles
}

function mib(bytes: number): number {
  return Math.round(bytes / 1024 / 1024)
}

function percentiles(samples: number[]): Percentiles {
  const sorted = [...samples].sort((a, b) => a - b)
  const at = (share: number) => Number(sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))]!.toFixed(2))
  return {p50: at(0.5), p95: at(0.95)}
}

function time(run: () => unknown): Percentiles {
  for (let warm = 0; warm < WARM_UP; warm += 1) run()
  const samples: number[] = []
  for (let iteration = 0; iteration < ITERATIONS; iteration += 1) {
    const started = performance.now()
    run()
    samples.push(performance.now() - started)
  }
  return percentiles(samples)
}

/** One dataset size, measured in this (fresh) process. */
async function measureSize(items: number): Promise<SearchFigures> {
  const rssStart = process.memoryUsage().rss
  const references = loadReferenceDocuments()
  const dataset = [...generateDocuments({items, references})]
  const byId = new Map(dataset.map((document) => [document._id, document]))
  const dereference = ({_ref}: {_ref: string}) => byId.get(_ref) ?? null
  const started = performance.now()
  const documents = (await (await evaluate(parse(SEARCH_DOCUMENTS_QUERY), {dataset, dereference})).get()) as SEARCH_DOCUMENTS_QUERY_RESULT
  const facets = (await (await evaluate(parse(SEARCH_FACETS_QUERY), {dataset, dereference})).get()) as SEARCH_FACETS_QUERY_RESULT
  const projectionMs = Math.round(performance.now() - started)
  byId.clear()
  dataset.length = 0
  const rssDocuments = process.memoryUsage().rss
  const buildStarted = performance.now()
  const index = await buildNewsIndex(documents, facets)
  const buildMs = Math.round(performance.now() - buildStarted)
  documents.length = 0
  const rssIndex = process.memoryUsage().rss

  const queries = QUERIES.flatMap(({name, q}) =>
    [false, true].map((filters) => {
      const state = parseSearchParams(filters ? {q, ...FILTERS} : {q})
      const results = runSearch(index, state).total
      return {name, filters, results, ...time(() => runSearch(index, state))}
    }),
  )
  const listNoQuery = time(() => runSearch(index, parseSearchParams({})))
  return {items, projectionMs, buildMs, rssMiB: {start: mib(rssStart), documents: mib(rssDocuments), index: mib(rssIndex)}, queries, listNoQuery}
}

function parseSizes(argv: string[]): number[] {
  const option = argv.find((arg) => arg.startsWith('--sizes='))
  return option ? option.slice('--sizes='.length).split(',').map(Number) : DEFAULT_SIZES
}

export function searchTable(figures: SearchFigures[]): string {
  const lines = [
    '| items | projection (groq-js) | index build | RSS after index | query | filters | results | p50 ms | p95 ms |',
    '| ---: | ---: | ---: | ---: | --- | --- | ---: | ---: | ---: |',
  ]
  for (const size of figures) {
    for (const [position, query] of size.queries.entries()) {
      const first = position === 0
      lines.push(
        `| ${first ? size.items.toLocaleString('en') : ''} | ${first ? `${size.projectionMs} ms` : ''} | ${first ? `${size.buildMs} ms` : ''} | ${first ? `${size.rssMiB.index} MiB` : ''} | ${query.name} | ${query.filters ? 'country ×2 + topic ×2' : 'none'} | ${query.results.toLocaleString('en')} | ${query.p50} | ${query.p95} |`,
      )
    }
    lines.push(`| | | | | (no words: newest first) | none | ${size.items.toLocaleString('en')} | ${size.listNoQuery.p50} | ${size.listNoQuery.p95} |`)
  }
  return lines.join('\n')
}

async function main() {
  const child = process.argv.find((arg) => arg.startsWith('--child='))
  if (child) {
    process.stdout.write(JSON.stringify(await measureSize(Number(child.slice('--child='.length)))))
    return
  }
  const figures: SearchFigures[] = []
  for (const items of parseSizes(process.argv)) {
    process.stderr.write(`search: ${items.toLocaleString('en')} items… `)
    // Each size in a fresh process, so memory figures are not inflated by the previous size.
    const run = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), `--child=${items}`], {encoding: 'utf8', maxBuffer: 1 << 24})
    if (run.status !== 0) throw new Error(`search benchmark at ${items} items failed:\n${run.stderr}`)
    const result = JSON.parse(run.stdout) as SearchFigures
    process.stderr.write(`index built in ${result.buildMs} ms\n`)
    figures.push(result)
  }
  mkdirSync(path.dirname(SEARCH_RESULTS_JSON), {recursive: true})
  writeFileSync(SEARCH_RESULTS_JSON, `${JSON.stringify(figures, null, 2)}\n`)
  writeFileSync(SEARCH_RESULTS_TABLE, `${searchTable(figures)}\n`)
  process.stdout.write(`${searchTable(figures)}\n`)
}

await main()
