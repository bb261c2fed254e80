// The sender the alerts bench measures, in a process of its own (as `npm run alerts:worker` or the portal runs it): opens the database, optionally records the item and fans it out, drains the outbox through SMTP_URL, and reports its timings and peak memory as JSON lines.
import {openDatabase} from '@/lib/db/database'
import {fanOut, recordItems} from '@/lib/alerts/items'
import {createTransport, mailSettings} from '@/lib/alerts/mailer'
import {drainOnce, Throttle} from '@/lib/alerts/sender'

const report = (event: string, fields: Record<string, unknown> = {}) => process.stdout.write(`${JSON.stringify({event, at: Date.now(), ...fields})}\n`)
const settings = mailSettings()
if (!settings) throw new Error('SMTP_URL is not set')

const db = await openDatabase()
const transport = createTransport(settings)
report('ready', {rssMiB: process.memoryUsage().rss / 2 ** 20})
if (process.env.BENCH_RECORD === '1') {
  await recordItems(db, [{id: `bench-${Date.now()}`, language: 'en', title: 'Bench item', summary: 'One item to every subscriber.', path: '/news/bench', publishedAt: new Date().toISOString(), countries: [{slug: 'guatemala', name: 'Guatemala', nameEs: 'Guatemala'}], topics: []}])
  report('fanned-out', {queued: await fanOut(db)})
}
const options = {transport, from: settings.from, secret: 'bench', timeZone: 'America/Costa_Rica', throttle: new Throttle(Number(process.env.ALERTS_RATE ?? 0))}
let claimed = 0
for (;;) {
  const batch = await drainOnce(db, options)
  claimed += batch
  if (batch > 0) continue
  // Done when an item was fanned out and nothing is pending (another sender may still hold leased rows: wait for them).
  const {rows} = await db.query<{done: boolean}>("SELECT EXISTS (SELECT 1 FROM alert_items WHERE fanned_out) AND NOT EXISTS (SELECT 1 FROM alert_outbox WHERE status = 'pending') AS done")
  if (rows[0]?.done) break
  await new Promise((resolve) => setTimeout(resolve, 50))
}
report('done', {claimed, peakRssMiB: process.resourceUsage().maxRSS / 1024})
transport.close()
await db.close()
