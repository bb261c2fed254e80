// The alerts' background work in each server process (started by instrumentation.ts, never in a request): fan-out, digests, sending, clean-up.
import {getDatabase, type Database} from '@/lib/db/database'
import {siteTimeZone, isTimeZone} from '@/lib/format/dates'
import {loadLocalDataset} from '@/lib/content/source/local-dataset'
import {queryIndexed} from '@/lib/content/source/local-query'
import {enqueueDigests} from './digests'
import {ALERT_ITEMS_QUERY, alertItemFrom, fanOut, recordItems, withdrawItems, type AlertItemRow} from './items'
import {refreshOfficeTimeZone, resolveItemRequests} from './sanity-items'
import {createTransport, mailSettings} from './mailer'
import {Throttle, drainOnce, type Labels} from './sender'
import {deleteExpired} from './signup'
import {alertsSecret} from './tokens'

/** ALERTS_RATE messages a second (default 20; 0 for unlimited). */
export function sendRate(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.ALERTS_RATE ?? 20)
  return Number.isFinite(value) && value >= 0 ? value : 20
}

export async function storedTimeZone(db: Database): Promise<string> {
  const {rows} = await db.query<{value: string}>("SELECT value FROM app_state WHERE name = 'office_time_zone'")
  const zone = rows[0]?.value
  return zone && isTimeZone(zone) ? zone : siteTimeZone()
}

export async function storeState(db: Database, name: string, value: string): Promise<void> {
  await db.query('INSERT INTO app_state (name, value) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET value = EXCLUDED.value, updated_at = now()', [name, value])
}

export async function storedLabels(db: Database): Promise<Labels> {
  const {rows} = await db.query<{value: string}>("SELECT value FROM app_state WHERE name = 'labels'")
  try {
    return rows[0] ? (JSON.parse(rows[0].value) as Labels) : {}
  } catch {
    return {}
  }
}

/**
 * Local mode: the dataset the portal loads is the source of publishing. Items in it that the database has not seen
 * are new (queued for alerts); items gone from it are withdrawn. The very first time, every item is a baseline.
 */
export async function syncLocalDataset(db: Database): Promise<{added: string[]}> {
  // The dataset the pages read, held once per process (not parsed again here: 0.9 GB more at 100,000 items).
  const dataset = loadLocalDataset()
  const {documents} = dataset
  const rows = await queryIndexed<AlertItemRow[]>(dataset, ALERT_ITEMS_QUERY, {ids: null})
  const items = rows.map(alertItemFrom)
  const labels: Labels = {}
  for (const document of documents) {
    const slug = (document.slug as {current?: string} | undefined)?.current
    if (!slug || (document._type !== 'country' && document._type !== 'tag')) continue
    const english = String(document._type === 'country' ? document.name : document.title)
    const translations = (document._type === 'country' ? document.nameTranslations : document.titleTranslations) as Array<{language: string; value: string}> | undefined
    labels[slug] = {en: english, es: translations?.find((entry) => entry.language === 'es')?.value ?? english, kind: document._type === 'country' ? 'country' : 'topic'}
  }
  const settings = documents.find((document) => document._type === 'siteSettings')
  if (typeof settings?.timeZone === 'string' && isTimeZone(settings.timeZone)) await storeState(db, 'office_time_zone', settings.timeZone)
  await storeState(db, 'labels', JSON.stringify(labels))
  const {rows: seen} = await db.query<{count: string}>('SELECT count(*) AS count FROM alert_items')
  const baseline = Number(seen[0]?.count ?? 0) === 0
  const added = await recordItems(db, items, {baseline})
  const present = new Set(items.map((item) => item.id))
  const {rows: known} = await db.query<{id: string}>('SELECT id FROM alert_items WHERE NOT withdrawn')
  await withdrawItems(db, known.map((row) => row.id).filter((id) => !present.has(id)))
  return {added: baseline ? [] : added}
}

export type Runner = {stop(): Promise<void>; tick(): Promise<void>}

/** Starts the loop: every ALERTS_POLL_MS (default 1 s) fan-out and sending; digests and clean-up once a minute. */
export async function startRunner(options: {db?: Database; localMode: boolean}): Promise<Runner | null> {
  const settings = mailSettings()
  if (!settings) {
    console.warn('[alerts] SMTP_URL is not set: alerts are queued but not sent.')
    return null
  }
  const db = options.db ?? (await getDatabase())
  if (options.localMode) {
    const {added} = await syncLocalDataset(db)
    if (added.length > 0) console.log(`[alerts] ${added.length} new item(s) in the dataset queued for alerts`)
  }
  const transport = createTransport(settings)
  const secret = await alertsSecret(db)
  const throttle = new Throttle(sendRate())
  const poll = Number(process.env.ALERTS_POLL_MS) || 1000
  const leaseSeconds = Number(process.env.ALERTS_LEASE_SECONDS) || 60
  let lastMinute = 0
  let running: Promise<void> | null = null
  let stopped = false

  async function work() {
    if (Date.now() - lastMinute >= 60_000) {
      lastMinute = Date.now()
      await deleteExpired(db)
      if (!options.localMode) await refreshOfficeTimeZone(db).catch((error: unknown) => console.error(`[alerts] office time zone not read from Sanity: ${error instanceof Error ? error.message : String(error)}`))
      await enqueueDigests(db, new Date(), await storedTimeZone(db))
    }
    if (!options.localMode) await resolveItemRequests(db).catch((error: unknown) => console.error(`[alerts] items not read from Sanity yet: ${error instanceof Error ? error.message : String(error)}`))
    await fanOut(db)
    const [timeZone, labels] = await Promise.all([storedTimeZone(db), storedLabels(db)])
    while (!stopped && (await drainOnce(db, {transport, from: settings!.from, secret, timeZone, labels, throttle, leaseSeconds})) > 0) {
      // Keeps going while there is work, one batch at a time.
    }
  }
  const tick = () => {
    running ??= work()
      .catch((error: unknown) => console.error(`[alerts] ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => {
        running = null
      })
    return running
  }
  const timer = setInterval(tick, poll)
  timer.unref()
  void tick()
  return {
    tick,
    async stop() {
      stopped = true
      clearInterval(timer)
      await running
      transport.close()
    },
  }
}
