// `npm run bench:alerts` (and the alerts part of `npm run bench`): one item fanned out to 10,000 confirmed subscribers
// and sent at an unlimited rate through a local SMTP server that counts what it receives; the sender runs in a process
// of its own (bench/alerts-sender.mts), whose time and peak memory are reported, with duplicates and losses.
// BENCH_DATABASE=pglite (default) | postgres (a throwaway server on BENCH_PG_PORT) | url (DATABASE_URL);
// BENCH_SENDERS sender processes (PostgreSQL only: a PGlite folder is opened by one process); BENCH_NODE_FLAGS for
// the sender, by default on PGlite the flags `npm start` gives the process that holds PGlite (scripts/node-flags.mjs;
// BENCH_NODE_FLAGS=none for Node's defaults).
import {spawn} from 'node:child_process'
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {createInterface} from 'node:readline'
import {openDatabase} from '@/lib/db/database'
import {startThrowawayServer, type ThrowawayServer} from '@/e2e/support/postgres-server'
import {PGLITE_NODE_FLAGS} from '@/scripts/node-flags.mjs'
import {benchNodeFlags, startSmtpCounter, writeSubscribers} from './lib/fan-out.mts'

const SUBSCRIBERS = Number(process.env.BENCH_SUBSCRIBERS || 10_000)
const SMTP_PORT = Number(process.env.BENCH_SMTP_PORT || 3348)
const PG_PORT = Number(process.env.BENCH_PG_PORT || 3349)
const KIND = process.env.BENCH_DATABASE || (process.env.DATABASE_URL ? 'url' : 'pglite')
const SENDERS = KIND === 'pglite' ? 1 : Math.max(1, Number(process.env.BENCH_SENDERS || 1))
const OUT = new URL('./.out/', import.meta.url)
const FLAGS = benchNodeFlags(KIND === 'pglite' ? PGLITE_NODE_FLAGS : [])

type Event = {event: string; at: number; queued?: number; claimed?: number; peakRssMiB?: number; rssMiB?: number}

// The SMTP server in its own process, so the sender's memory is the sender's: it counts recipients and reports them.
const counter = await startSmtpCounter(SMTP_PORT)
let server: ThrowawayServer | undefined
let folder: string | undefined
const senders: ReturnType<typeof spawn>[] = []
const cleanUp = async () => {
  for (const sender of senders) if (sender.exitCode === null) sender.kill('SIGKILL')
  if (counter.process.exitCode === null) counter.process.kill()
  await server?.stop()
  if (folder) rmSync(folder, {recursive: true, force: true})
}

try {
  const env: NodeJS.ProcessEnv = {...process.env, SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`, ALERTS_RATE: '0', ALERTS_FROM: 'alerts@example.org'}
  if (KIND === 'pglite') {
    folder = mkdtempSync(path.join(os.tmpdir(), 'lmn-bench-pglite-'))
    env.PGLITE_DATA_DIR = folder
    delete env.DATABASE_URL
  } else if (KIND === 'postgres') {
    server = await startThrowawayServer(PG_PORT)
    env.DATABASE_URL = server.url
  } else if (!process.env.DATABASE_URL) {
    throw new Error('BENCH_DATABASE=url needs DATABASE_URL')
  }
  // The subscribers, written before the senders start (a PGlite folder is then closed, to be opened by the sender).
  const db = await openDatabase(KIND === 'pglite' ? {dataDir: folder} : {url: env.DATABASE_URL})
  await writeSubscribers(db, SUBSCRIBERS, 'guatemala')
  await db.close()

  const events: Event[][] = []
  const finished = Array.from({length: SENDERS}, (_, index) => {
    const sender = spawn(path.resolve('node_modules/.bin/tsx'), [...FLAGS, 'bench/alerts-sender.mts'], {env: {...env, BENCH_RECORD: index === 0 ? '1' : '0'}, stdio: ['ignore', 'pipe', 'inherit']})
    senders.push(sender)
    const mine: Event[] = []
    events.push(mine)
    createInterface({input: sender.stdout!}).on('line', (line) => {
      if (line.startsWith('{"event"')) mine.push(JSON.parse(line) as Event)
      else console.log(line)
    })
    return new Promise<void>((resolve, reject) => sender.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`sender ${index} exited with ${code}`)))))
  })
  await Promise.all(finished)
  const counted = await counter.count()

  const find = (name: string) => events.map((list) => list.find((event) => event.event === name))
  const started = Math.min(...find('ready').map((event) => event!.at))
  const done = Math.max(...find('done').map((event) => event!.at))
  const fannedOut = find('fanned-out')[0]!
  const result = {
    date: new Date().toISOString(),
    database: KIND === 'pglite' ? 'PGlite (folder)' : KIND === 'postgres' ? 'PostgreSQL 15 (throwaway server)' : 'PostgreSQL (DATABASE_URL)',
    senders: SENDERS,
    nodeFlags: FLAGS.join(' ') || 'none',
    subscribers: SUBSCRIBERS,
    queued: fannedOut.queued,
    fanOutSeconds: +((fannedOut.at - started) / 1000).toFixed(2),
    totalSeconds: +((done - started) / 1000).toFixed(1),
    messagesPerSecond: Math.round(counted.total / ((done - started) / 1000)),
    senderRssAtStartMiB: Math.max(...find('ready').map((event) => Math.round(event!.rssMiB!))),
    senderPeakRssMiB: Math.max(...find('done').map((event) => Math.round(event!.peakRssMiB!))),
    received: counted.total,
    duplicates: counted.total - counted.distinct,
    lost: SUBSCRIBERS - counted.distinct,
    load: os.loadavg().map((value) => Number(value.toFixed(2))),
  }
  console.log(JSON.stringify(result, null, 2))
  mkdirSync(OUT, {recursive: true})
  writeFileSync(new URL(`alerts-fanout-${KIND}.json`, OUT), JSON.stringify(result, null, 2))
} finally {
  await cleanUp()
}
