// What the two alerts fan-out benchmarks share (bench/alerts-fanout.mts, bench/alerts-next.mts): the V8 flags of the
// sending process, the confirmed subscribers, and the SMTP server in a process of its own that counts what it gets.
import {fork, type ChildProcess} from 'node:child_process'
import type {Database} from '@/lib/db/database'

export type Count = {distinct: number; total: number}

/** BENCH_NODE_FLAGS (space-separated; `none` for Node's defaults), else `fallback`. */
export function benchNodeFlags(fallback: string[]): string[] {
  const flags = process.env.BENCH_NODE_FLAGS
  return flags === undefined ? fallback : flags.split(' ').filter((flag) => flag && flag !== 'none')
}

/** `count` confirmed subscribers of one country, half in each language, sent each item as it is published. */
export async function writeSubscribers(db: Database, count: number, country: string): Promise<void> {
  await db.query(
    `INSERT INTO alert_subscribers (email, locale, frequency, countries, consented_at, confirmed_at)
     SELECT 'reader' || n || '@example.org', CASE WHEN n % 2 = 0 THEN 'en' ELSE 'es' END, 'instant', $2::text[], now(), now() - interval '1 minute'
     FROM generate_series(1, $1) AS n`,
    [count, [country]],
  )
}

/** Starts bench/lib/smtp-counter.mjs on `port`; `count()` asks it how many recipients it has received. */
export async function startSmtpCounter(port: number): Promise<{process: ChildProcess; count(): Promise<Count>}> {
  const counter = fork(new URL('./smtp-counter.mjs', import.meta.url), [String(port)], {stdio: 'inherit', execArgv: []})
  await new Promise((resolve) => counter.once('message', resolve))
  return {
    process: counter,
    count: () =>
      new Promise<Count>((resolve) => {
        counter.once('message', (message) => resolve(message as Count))
        counter.send('count')
      }),
  }
}
