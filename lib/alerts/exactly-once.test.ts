// Exactly once on a real PostgreSQL server: two sender processes, the webhook delivered twice, both senders killed with
// SIGKILL mid-batch and one restarted → every subscriber has the alert once. Needs Debian's postgresql-15 (.ci/run installs it).
import {spawn, type ChildProcess} from 'node:child_process'
import {SMTPServer} from 'smtp-server'
import {afterAll, beforeAll, expect, it} from 'vitest'
import {openDatabase, type Database} from '@/lib/db/database'
import {startThrowawayServer, type ThrowawayServer} from '@/e2e/support/postgres-server'
import {fanOut, recordItems} from './items'

const PG_PORT = Number(process.env.ALERTS_TEST_PG_PORT || 3728)
const SMTP_PORT = Number(process.env.ALERTS_TEST_SMTP_PORT || 3345) + 2
const SUBSCRIBERS = 200
const HOLD_AFTER = 50

let url: string
let postgres: ThrowawayServer
let db: Database
let smtp: SMTPServer
const received: string[] = []
let holding = false
const held: Array<() => void> = []
const workers: ChildProcess[] = []

beforeAll(async () => {
  postgres = await startThrowawayServer(PG_PORT)
  url = postgres.url
  db = await openDatabase({url})
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        // From the HOLD_AFTER-th message on, nothing is accepted: every sender waits for our "250" mid-batch.
        if (received.length >= HOLD_AFTER && holding) {
          held.push(() => callback(new Error('connection lost')))
          return
        }
        received.push(session.envelope.rcptTo[0]!.address)
        callback()
      })
    },
  })
  // A sender killed mid-message resets its connection, which smtp-server reports as an 'error' event: unheard, it
  // failed the run as an uncaught ECONNRESET (seen 2026-12-05). The kill is the test's point, so the reset is expected.
  smtp.on('error', () => {})
  await new Promise<void>((resolve) => smtp.listen(SMTP_PORT, '127.0.0.1', resolve))
}, 120_000)

afterAll(async () => {
  for (const worker of workers) if (worker.exitCode === null) worker.kill('SIGKILL')
  await db?.close()
  await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()))
  await postgres?.stop()
}, 60_000)

function startWorker(): ChildProcess {
  // One process (tsx as a loader, not its CLI, which would run the script in a child that SIGKILL does not reach).
  const worker = spawn(process.execPath, ['--import', 'tsx', 'scripts/alerts-worker.mts'], {
    stdio: 'ignore',
    env: {...process.env, DATABASE_URL: url, SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`, ALERTS_RATE: '0', ALERTS_LEASE_SECONDS: '3', ALERTS_POLL_MS: '200'},
  })
  workers.push(worker)
  return worker
}

async function until(check: () => Promise<boolean> | boolean, what: string, timeout = 150_000) {
  const deadline = Date.now() + timeout
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

it('two senders, a repeated webhook, both senders killed mid-batch and one restarted: every subscriber gets the alert once', async () => {
  await db.query(
    `INSERT INTO alert_subscribers (email, locale, frequency, countries, consented_at, confirmed_at)
     SELECT 'reader' || n || '@example.org', CASE WHEN n % 2 = 0 THEN 'en' ELSE 'es' END, 'instant', '{guatemala}', now(), now() - interval '1 minute'
     FROM generate_series(1, $1) AS n`,
    [SUBSCRIBERS],
  )
  const item = {id: 'item-1', language: 'en', title: 'One item', summary: '', path: '/news/one', publishedAt: new Date().toISOString(), countries: [{slug: 'guatemala', name: 'Guatemala', nameEs: 'Guatemala'}], topics: []}
  // The webhook delivered twice, handled by two instances at once.
  const second = await openDatabase({url})
  await Promise.all([recordItems(db, [item]), recordItems(second, [item])])
  await Promise.all([fanOut(db), fanOut(second)])
  await second.close()
  expect(Number((await db.query<{count: string}>('SELECT count(*) AS count FROM alert_outbox')).rows[0]!.count)).toBe(SUBSCRIBERS)

  holding = true
  const [first, other] = [startWorker(), startWorker()]
  await until(() => held.length >= 2, 'both senders to be mid-message')
  for (const worker of [first, other]) worker.kill('SIGKILL')
  await until(() => first!.exitCode !== null || first!.signalCode !== null, 'the first sender to die')
  await until(() => other!.exitCode !== null || other!.signalCode !== null, 'the second sender to die')
  for (const drop of held.splice(0)) drop()
  expect(received.length).toBe(HOLD_AFTER)

  holding = false
  startWorker()
  await until(async () => Number((await db.query<{count: string}>("SELECT count(*) AS count FROM alert_outbox WHERE status <> 'sent'")).rows[0]!.count) === 0, 'every message to be sent')
  const perRecipient = new Map<string, number>()
  for (const address of received) perRecipient.set(address, (perRecipient.get(address) ?? 0) + 1)
  expect(perRecipient.size).toBe(SUBSCRIBERS)
  expect([...perRecipient.values()].filter((count) => count !== 1)).toEqual([])
}, 400_000)
