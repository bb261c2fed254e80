// `npx tsx bench/alerts-next.mts`: the alerts fan-out where `npm start` runs it, inside `next start` with PGlite: one item of the bundled dataset to 10,000 subscribers; reports the time, Next's peak RSS, duplicates and losses (docs/alerts.md#figures).
// Needs a build (`npx next build`). BENCH_NODE_FLAGS for Next (default: `npm start`'s, scripts/node-flags.mjs; `none`
// for Node's defaults); BENCH_PORT (default 3347) for Next, BENCH_SMTP_PORT (default 3348) for the counting SMTP server.
import {spawn} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {syncLocalDataset} from '@/lib/alerts/runner'
import {openDatabase} from '@/lib/db/database'
import {PGLITE_NODE_FLAGS} from '@/scripts/node-flags.mjs'
import {benchNodeFlags, startSmtpCounter, writeSubscribers, type Count} from './lib/fan-out.mts'

const SUBSCRIBERS = Number(process.env.BENCH_SUBSCRIBERS || 10_000)
const PORT = Number(process.env.BENCH_PORT || 3347)
const SMTP_PORT = Number(process.env.BENCH_SMTP_PORT || 3348)
const FLAGS = benchNodeFlags(PGLITE_NODE_FLAGS)
const TIMEOUT_MS = 300_000

// The folder as Next will find it: the dataset already seen, minus its newest item with a country, which the
// restart then finds new and fans out (local mode's way of publishing) to subscribers of that country.
const folder = mkdtempSync(path.join(os.tmpdir(), 'lmn-bench-next-'))
const db = await openDatabase({dataDir: folder})
await syncLocalDataset(db)
const {rows} = await db.query<{id: string; countries: string[]}>('SELECT id, countries FROM alert_items WHERE cardinality(countries) > 0 ORDER BY published_at DESC LIMIT 1')
const item = rows[0]
if (!item) throw new Error('the dataset has no item with a country')
await db.query('DELETE FROM alert_items WHERE id = $1', [item.id])
await writeSubscribers(db, SUBSCRIBERS, item.countries[0]!)
await db.close()

const {process: counter, count} = await startSmtpCounter(SMTP_PORT)
const next = spawn(process.execPath, [...FLAGS, path.resolve('scripts/portal-server.mjs'), '-p', String(PORT), '-H', '127.0.0.1'], {
  env: {...process.env, PGLITE_DATA_DIR: folder, DATABASE_URL: '', SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`, ALERTS_RATE: '0', ALERTS_FROM: 'alerts@example.org', NEXT_TELEMETRY_DISABLED: '1'},
  stdio: ['ignore', 'inherit', 'inherit'],
})
/** Next's resident memory now and at its peak, from /proc (Linux). */
const memory = () => {
  const status = readFileSync(`/proc/${next.pid}/status`, 'utf8')
  const mib = (key: string) => Math.round(Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) / 1024)
  return {rss: mib('VmRSS'), peak: mib('VmHWM')}
}

try {
  const started = Date.now()
  let first = 0
  let last = 0
  let counted: Count = {distinct: 0, total: 0}
  while (counted.distinct < SUBSCRIBERS && Date.now() - started < TIMEOUT_MS) {
    await new Promise((resolve) => setTimeout(resolve, 250))
    if (next.exitCode !== null) throw new Error(`next start exited with ${next.exitCode}`)
    const now = await count()
    if (now.total > counted.total) last = Date.now()
    if (now.total > 0 && !first) first = Date.now()
    counted = now
  }
  // A little longer, so a duplicate sent after the last new address is counted too.
  await new Promise((resolve) => setTimeout(resolve, 2000))
  counted = await count()
  const result = {
    date: new Date().toISOString(),
    nodeFlags: FLAGS.join(' ') || 'none',
    subscribers: SUBSCRIBERS,
    secondsFirstToLast: +((last - first) / 1000).toFixed(1),
    nextPeakRssMiB: memory().peak,
    received: counted.total,
    duplicates: counted.total - counted.distinct,
    lost: SUBSCRIBERS - counted.distinct,
    load: os.loadavg().map((value) => Number(value.toFixed(2))),
  }
  console.log(JSON.stringify(result, null, 2))
} finally {
  counter.kill()
  if (next.exitCode === null) {
    next.kill('SIGTERM')
    await new Promise((resolve) => next.once('exit', resolve))
  }
  rmSync(folder, {recursive: true, force: true})
}
