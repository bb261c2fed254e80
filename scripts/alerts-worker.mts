// A sender on its own (`npm run alerts:worker`): drains the outbox of DATABASE_URL through SMTP_URL, for deployments that keep sending out of the web instances (ALERTS_WORKER=off there), and for the exactly-once tests.
import {startRunner} from '@/lib/alerts/runner'

if (!process.env.DATABASE_URL?.trim()) {
  console.error('[alerts-worker] DATABASE_URL is not set: a separate sender needs the PostgreSQL server the instances use.')
  process.exit(1)
}
const runner = await startRunner({localMode: false})
if (!runner) process.exit(1)
console.log(`[alerts-worker] sending (pid ${process.pid})`)
// The runner's timer does not keep a process alive on its own (inside Next it must not): this one lives until stopped.
const keepAlive = setInterval(() => undefined, 60_000)
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    clearInterval(keepAlive)
    void runner.stop().then(() => process.exit(0))
  })
}
