// `npm run bench:alerts`: one item fanned out to 10,000 confirmed subscribers and sent through a local SMTP server at
// an unlimited rate: time, the sender's peak memory, duplicates and losses (messages counted by the SMTP server).
import {fork} from 'node:child_process'
import {writeFileSync} from 'node:fs'
import os from 'node:os'
import nodemailer from 'nodemailer'
import {openDatabase} from '@/lib/db/database'
import {fanOut, recordItems} from '@/lib/alerts/items'
import {drainOnce, Throttle} from '@/lib/alerts/sender'

const SUBSCRIBERS = Number(process.env.BENCH_SUBSCRIBERS || 10_000)
const SMTP_PORT = Number(process.env.BENCH_SMTP_PORT || 3348)

// The SMTP server in its own process, so the sender's memory is the sender's: it counts recipients and reports them.
const counter = fork(new URL('./lib/smtp-counter.mjs', import.meta.url), [String(SMTP_PORT)], {stdio: 'inherit'})
await new Promise((resolve) => counter.once('message', resolve))

const db = await openDatabase(process.env.DATABASE_URL ? {} : {dataDir: 'memory://'})
await db.query(
  `INSERT INTO alert_subscribers (email, locale, frequency, countries, consented_at, confirmed_at)
   SELECT 'reader' || n || '@example.org', CASE WHEN n % 2 = 0 THEN 'en' ELSE 'es' END, 'instant', '{guatemala}', now(), now() - interval '1 minute'
   FROM generate_series(1, $1) AS n ON CONFLICT DO NOTHING`,
  [SUBSCRIBERS],
)
const transport = nodemailer.createTransport({host: '127.0.0.1', port: SMTP_PORT, secure: false, ignoreTLS: true, pool: true, maxConnections: 4})
let peakRss = process.memoryUsage().rss
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 100)

const started = performance.now()
await recordItems(db, [{id: `bench-${Date.now()}`, language: 'en', title: 'Bench item', summary: 'Fan-out', path: '/news/bench', publishedAt: new Date().toISOString(), countries: [{slug: 'guatemala', name: 'Guatemala', nameEs: 'Guatemala'}], topics: []}])
const queued = await fanOut(db)
const fannedOut = performance.now()
const options = {transport, from: 'alerts@example.org', secret: 'bench', timeZone: 'America/Costa_Rica', throttle: new Throttle(0), batchSize: 200}
while ((await drainOnce(db, options)) > 0);
const sent = performance.now()
clearInterval(sampler)

counter.send('count')
const counted = (await new Promise((resolve) => counter.once('message', resolve))) as {distinct: number; total: number}
counter.kill()
transport.close()
await db.close()

const result = {
  date: new Date().toISOString(),
  database: process.env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : 'PGlite (memory)',
  subscribers: SUBSCRIBERS,
  queued,
  fanOutSeconds: +((fannedOut - started) / 1000).toFixed(2),
  totalSeconds: +((sent - started) / 1000).toFixed(1),
  peakRssMiB: Math.round(peakRss / 1024 / 1024),
  received: counted.total,
  duplicates: counted.total - counted.distinct,
  lost: SUBSCRIBERS - counted.distinct,
  load: os.loadavg().map((value) => value.toFixed(1)).join(' '),
}
console.log(JSON.stringify(result, null, 2))
writeFileSync(new URL('./.out/alerts-fanout.json', import.meta.url), JSON.stringify(result, null, 2))
