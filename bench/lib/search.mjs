// The search part of `npm run bench`: runs bench/search.mts (TypeScript, through tsx) and reads back its figures.
import {spawnSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const HERE = path.dirname(fileURLToPath(import.meta.url))
const ROOT = path.resolve(HERE, '..', '..')
const SEARCH_JSON = path.join(ROOT, 'bench', '.out', 'search.json')
const SEARCH_TABLE = path.join(ROOT, 'bench', '.out', 'search.md')

/** Index write and load times, memory and search latency per dataset size, on PGlite or BENCH_DATABASE_URL's server. */
export function measureSearch(sizes, {log}) {
  log(`  search engine at ${sizes.map((size) => size.toLocaleString('en')).join(', ')} items`)
  const run = spawnSync('npx', ['tsx', 'bench/search.mts', `--sizes=${sizes.join(',')}`], {cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit']})
  if (run.status !== 0) throw new Error(`bench/search.mts failed with status ${run.status}`)
  const database = process.env.BENCH_DATABASE_URL?.trim() ? 'the PostgreSQL server of `BENCH_DATABASE_URL`' : 'PGlite (a folder)'
  return {database, figures: JSON.parse(readFileSync(SEARCH_JSON, 'utf8')), table: readFileSync(SEARCH_TABLE, 'utf8').trim()}
}
