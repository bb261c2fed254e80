// The alerts part of `npm run bench`: runs bench/alerts-fanout.mts (one item to 10,000 subscribers) on PGlite and on a throwaway PostgreSQL server, and reads back its figures.
import {spawnSync} from 'node:child_process'
import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {OUT, ROOT} from './paths.mjs'

const POSTGRES = '/usr/lib/postgresql/15/bin/postgres'

/** One run per database; PostgreSQL only where Debian's postgresql-15 is installed. */
export function measureAlerts({subscribers, log}) {
  const databases = ['pglite', ...(existsSync(POSTGRES) ? ['postgres'] : [])]
  return databases.map((database) => {
    log(`  alerts fan-out: ${subscribers.toLocaleString('en')} subscribers, ${database}`)
    const run = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'tsx'), ['bench/alerts-fanout.mts'], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      env: {...process.env, BENCH_DATABASE: database, BENCH_SUBSCRIBERS: String(subscribers)},
    })
    if (run.status !== 0) throw new Error(`bench/alerts-fanout.mts (${database}) failed with status ${run.status}`)
    const result = JSON.parse(readFileSync(path.join(OUT, `alerts-fanout-${database}.json`), 'utf8'))
    log(`    ${result.totalSeconds} s, sender peak ${result.senderPeakRssMiB} MiB, ${result.duplicates} duplicates, ${result.lost} lost (load ${result.load.join(' / ')})`)
    return result
  })
}
