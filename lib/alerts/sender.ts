// Drains the outbox: claims due messages with SKIP LOCKED leases (several instances share the work), sends each, records it; retries with back-off.
import type {Transporter} from 'nodemailer'
import type {Database} from '@/lib/db/database'
import {isLocale, type Locale} from '@/lib/i18n/routing'
import {absoluteUrl} from '@/lib/http/site'
import {windowOfKey} from './digests'
import {mailTranslator, renderEmail, type EmailItem} from './email'
import {FOLLOWS} from './items'
import {suppressionHash} from './signup'
import {CONFIRM_TTL_MS, signToken} from './tokens'

export type Labels = Record<string, {en: string; es: string; kind?: 'country' | 'topic'}>

export type SenderOptions = {
  transport: Transporter
  from: string
  secret: string
  timeZone: string
  /** Names of countries and topics by slug, to say what a subscriber chose. */
  labels?: Labels
  batchSize?: number
  /** How long a claimed message stays with its sender before another may take it (a sender killed mid-batch). */
  leaseSeconds?: number
  throttle?: Throttle
  /** Messages in flight at once (default SEND_CONCURRENCY; the transport's pool should allow as many connections). */
  concurrency?: number
}

export const SEND_CONCURRENCY = 4

export const MAX_ATTEMPTS = 8

/** At most `perSecond` sends a second across every batch of this process (0: unlimited). */
export class Throttle {
  private next = 0
  constructor(readonly perSecond: number) {}
  async wait(): Promise<void> {
    if (!(this.perSecond > 0)) return
    const now = Date.now()
    const at = Math.max(now, this.next)
    this.next = at + 1000 / this.perSecond
    if (at > now) await new Promise((resolve) => setTimeout(resolve, at - now))
  }
}

/** Minutes before attempt n+1: 1, 2, 4 … capped at 2 hours. */
export function backoffSeconds(attempts: number): number {
  return Math.min(60 * 2 ** Math.max(0, attempts - 1), 7200)
}

/** SMTP replies often quote the recipient: never keep or log an address. */
export function withoutAddresses(message: string): string {
  return message.replace(/[^\s<>"'@]+@[^\s<>"']+/g, '[address]').slice(0, 500)
}

type OutboxRow = {id: string; kind: 'confirm' | 'welcome' | 'instant' | 'daily' | 'weekly'; subscriber_id: string | null; signup_id: string | null; key: string; attempts: number}

type ItemRow = {title: string; summary: string; path: string; published_at: Date | string; country_names_en: string[]; country_names_es: string[]}

type Person = {id: string; email: string; locale: string; countries: string[]; topics: string[]; words: string | null; consented_at: Date | string}

const ITEM_COLUMNS = 'i.title, i.summary, i.path, i.published_at, i.country_names_en, i.country_names_es'

function emailItem(row: ItemRow, locale: Locale): EmailItem {
  return {
    title: row.title,
    summary: row.summary,
    path: row.path,
    publishedAt: new Date(row.published_at).toISOString(),
    countryNames: locale === 'es' ? row.country_names_es : row.country_names_en,
  }
}

function describeChoices(person: Person, locale: Locale, labels: Labels = {}): string {
  const name = (slug: string) => labels[slug]?.[locale] ?? slug
  return [...person.countries.map(name), ...person.topics.map(name), ...(person.words ? [`“${person.words}”`] : [])].join(', ')
}

export type Claimed = OutboxRow

/** Takes up to `limit` due messages for `leaseSeconds`. */
export async function claim(db: Database, limit: number, leaseSeconds: number): Promise<Claimed[]> {
  const {rows} = await db.query<OutboxRow>(
    `UPDATE alert_outbox SET locked_until = now() + make_interval(secs => $2), attempts = attempts + 1
     WHERE id IN (SELECT id FROM alert_outbox WHERE status = 'pending' AND run_at <= now() AND (locked_until IS NULL OR locked_until < now())
                  ORDER BY run_at, id LIMIT $1 FOR UPDATE SKIP LOCKED)
     RETURNING id::text, kind, subscriber_id::text, signup_id::text, key, attempts`,
    [limit, leaseSeconds],
  )
  return rows.sort((a, b) => Number(a.id) - Number(b.id))
}

/**
 * What a claimed batch needs, read in three queries rather than per message: the recipients (subscribers and sign-ups)
 * and the items of its instant alerts. A row whose recipient or item is gone (unsubscribed, suppressed, withdrawn) is
 * skipped.
 */
type Batch = {subscribers: Map<string, Person>; signups: Map<string, Person>; items: Map<string, ItemRow>}

const PERSON_COLUMNS = 'id, email, locale, countries, topics, words, consented_at'

async function loadBatch(db: Database, rows: OutboxRow[], secret: string): Promise<Batch> {
  const ids = (pick: (row: OutboxRow) => string | null) => [...new Set(rows.map(pick).filter((id): id is string => id !== null))]
  const subscriberIds = ids((row) => row.subscriber_id)
  const signupIds = ids((row) => row.signup_id)
  const itemIds = ids((row) => (row.kind === 'instant' ? row.key : null))
  const byId = <R extends {id: string}>(list: R[]) => new Map(list.map((row) => [String(row.id), row]))
  const subscribers = subscriberIds.length ? (await db.query<Person>(`SELECT ${PERSON_COLUMNS} FROM alert_subscribers WHERE id = ANY($1::bigint[])`, [subscriberIds])).rows : []
  const signups = signupIds.length ? (await db.query<Person>(`SELECT ${PERSON_COLUMNS} FROM alert_signups WHERE id = ANY($1::bigint[])`, [signupIds])).rows : []
  const items = itemIds.length ? (await db.query<ItemRow & {id: string}>(`SELECT i.id, ${ITEM_COLUMNS} FROM alert_items i WHERE i.id = ANY($1::text[]) AND NOT i.withdrawn`, [itemIds])).rows : []
  // A subscriber whose address was suppressed (unsubscribed, then brought back by a restored backup or an import) gets
  // nothing; only a new sign-up's confirmation may reach such an address, and confirming lifts the suppression.
  const hashes = new Map(subscribers.map((person) => [suppressionHash(secret, person.email), String(person.id)]))
  const suppressed = hashes.size ? (await db.query<{hash: string}>('SELECT hash FROM alert_suppressions WHERE hash = ANY($1::text[])', [[...hashes.keys()]])).rows : []
  const allowed = byId(subscribers)
  for (const {hash} of suppressed) allowed.delete(hashes.get(hash)!)
  return {subscribers: allowed, signups: byId(signups), items: byId(items)}
}

/** The message for one outbox row, with its recipient; null when there is nothing to send any more. */
async function compose(db: Database, row: OutboxRow, options: SenderOptions, batch: Batch) {
  if (row.kind === 'confirm') {
    const signup = batch.signups.get(String(row.signup_id))
    if (!signup) return null
    const locale = isLocale(signup.locale) ? signup.locale : 'en'
    const expires = new Date(signup.consented_at).getTime() + CONFIRM_TTL_MS
    const confirm = absoluteUrl(`/api/alerts/confirm?token=${signToken(options.secret, 'confirm', signup.id, expires)}`)
    return {
      to: signup.email,
      content: renderEmail({kind: 'confirm', outboxId: row.id, locale, timeZone: options.timeZone, siteName: mailTranslator(locale)('site.name'), items: [], choices: describeChoices(signup, locale, options.labels), links: {confirm}}),
    }
  }
  const person = batch.subscribers.get(String(row.subscriber_id))
  if (!person) return null
  const locale = isLocale(person.locale) ? person.locale : 'en'
  let items: ItemRow[]
  let window: {start: Date; end: Date} | undefined
  if (row.kind === 'welcome') {
    items = (await db.query<ItemRow>(`SELECT ${ITEM_COLUMNS} FROM alert_items i, alert_subscribers s WHERE s.id = $1 AND NOT i.withdrawn AND ${FOLLOWS} ORDER BY i.published_at DESC LIMIT 5`, [person.id])).rows
  } else if (row.kind === 'instant') {
    const item = batch.items.get(row.key)
    if (!item) return null
    items = [item]
  } else {
    window = windowOfKey(row.key) ?? undefined
    if (!window) return null
    items = (
      await db.query<ItemRow>(
        `SELECT ${ITEM_COLUMNS} FROM alert_items i, alert_subscribers s WHERE s.id = $1 AND NOT i.withdrawn AND i.published_at >= $2 AND i.published_at < $3 AND ${FOLLOWS} ORDER BY i.published_at LIMIT 100`,
        [person.id, window.start.toISOString(), window.end.toISOString()],
      )
    ).rows
    if (items.length === 0) return null
  }
  const manageToken = signToken(options.secret, 'manage', person.id)
  return {
    to: person.email,
    content: renderEmail({
      kind: row.kind,
      outboxId: row.id,
      locale,
      timeZone: options.timeZone,
      siteName: mailTranslator(locale)('site.name'),
      items: items.map((item) => emailItem(item, locale)),
      choices: describeChoices(person, locale, options.labels),
      window,
      links: {
        manage: absoluteUrl(`/api/alerts/manage?token=${manageToken}`),
        unsubscribe: absoluteUrl(`/api/alerts/unsubscribe?token=${manageToken}`),
      },
    }),
  }
}

async function settle(db: Database, row: OutboxRow, outcome: 'sent' | 'skipped' | {error: string}) {
  if (outcome === 'sent' || outcome === 'skipped') {
    await db.query('UPDATE alert_outbox SET status = $2::text, sent_at = CASE WHEN $2::text = $3::text THEN now() END, locked_until = NULL WHERE id = $1 AND attempts = $4', [
      row.id,
      outcome,
      'sent',
      row.attempts,
    ])
  } else if (row.attempts >= MAX_ATTEMPTS) {
    await db.query("UPDATE alert_outbox SET status = 'failed', last_error = $2, locked_until = NULL WHERE id = $1 AND attempts = $3", [row.id, outcome.error, row.attempts])
  } else {
    await db.query('UPDATE alert_outbox SET run_at = now() + make_interval(secs => $2), last_error = $3, locked_until = NULL WHERE id = $1 AND attempts = $4', [
      row.id,
      backoffSeconds(row.attempts),
      outcome.error,
      row.attempts,
    ])
  }
}

/**
 * The lease on a claimed batch. `attempts` is each row's fencing token: a renewal keeps only the rows still pending
 * with the attempt count this sender claimed (a row whose lease ran out and that another sender took is no longer
 * ours; a row whose subscriber unsubscribed is gone). Before each message, if a quarter of the lease has passed since
 * the claim or the last renewal (timed from before that query was sent), the batch's unsent rows are renewed in one
 * query; so every message starts with at least three quarters of its lease left, without a query per message.
 */
class Lease {
  private renewedAt: number
  private renewing: Promise<void> | null = null
  private readonly unsettled: Map<string, OutboxRow>
  private ours: Set<string>

  constructor(
    private readonly db: Database,
    rows: OutboxRow[],
    private readonly seconds: number,
    claimedAt: number,
  ) {
    this.renewedAt = claimedAt
    this.unsettled = new Map(rows.map((row) => [row.id, row]))
    this.ours = new Set(this.unsettled.keys())
  }

  async holds(row: OutboxRow): Promise<boolean> {
    if (performance.now() - this.renewedAt > (this.seconds * 1000) / 4) {
      this.renewing ??= this.renew().finally(() => {
        this.renewing = null
      })
      await this.renewing
    }
    return this.ours.has(row.id)
  }

  settled(row: OutboxRow): void {
    this.unsettled.delete(row.id)
  }

  private async renew(): Promise<void> {
    const startedAt = performance.now()
    const rows = [...this.unsettled.values()].filter((row) => this.ours.has(row.id))
    const {rows: kept} = await this.db.query<{id: string}>(
      `UPDATE alert_outbox o SET locked_until = now() + make_interval(secs => $3)
       FROM unnest($1::bigint[], $2::int[]) AS c (id, attempts)
       WHERE o.id = c.id AND o.attempts = c.attempts AND o.status = 'pending'
       RETURNING o.id`,
      [rows.map((row) => row.id), rows.map((row) => row.attempts), this.seconds],
    )
    this.ours = new Set(kept.map((row) => String(row.id)))
    this.renewedAt = startedAt
  }
}

/** One message: still ours → composed → sent (or skipped) → recorded at once (the one query per message). */
async function deliver(db: Database, row: OutboxRow, options: SenderOptions, batch: Batch, lease: Lease): Promise<void> {
  await options.throttle?.wait()
  if (!(await lease.holds(row))) return
  let outcome: 'sent' | 'skipped' | {error: string}
  try {
    const message = await compose(db, row, options, batch)
    if (!message) {
      outcome = 'skipped'
    } else {
      await options.transport.sendMail({
        from: options.from,
        to: message.to,
        subject: message.content.subject,
        text: message.content.text,
        html: message.content.html,
        headers: message.content.headers,
        messageId: message.content.messageId,
      })
      outcome = 'sent'
    }
  } catch (error) {
    const reason = withoutAddresses(error instanceof Error ? error.message : String(error))
    console.error(`[alerts] message ${row.id} (${row.kind}) not sent, attempt ${row.attempts}: ${reason}`)
    outcome = {error: reason}
  }
  await settle(db, row, outcome)
  lease.settled(row)
}

/** Messages claimed at once: about a second's worth at the throttled rate (so a batch's reads stay fresh), else 100. */
function defaultBatchSize(throttle?: Throttle): number {
  const rate = throttle?.perSecond ?? 0
  return rate > 0 ? Math.max(10, Math.min(100, Math.ceil(rate))) : 100
}

/**
 * One batch: claims, reads what its messages need, then sends with `concurrency` messages in flight (throttled
 * overall), recording each message as soon as the SMTP server accepts it. Returns how many rows it claimed.
 */
export async function drainOnce(db: Database, options: SenderOptions): Promise<number> {
  const leaseSeconds = options.leaseSeconds ?? 60
  const claimedAt = performance.now()
  const rows = await claim(db, options.batchSize ?? defaultBatchSize(options.throttle), leaseSeconds)
  if (rows.length === 0) return 0
  const batch = await loadBatch(db, rows, options.secret)
  const lease = new Lease(db, rows, leaseSeconds, claimedAt)
  let next = 0
  const lane = async () => {
    while (next < rows.length) await deliver(db, rows[next++]!, options, batch, lease)
  }
  await Promise.all(Array.from({length: Math.min(options.concurrency ?? SEND_CONCURRENCY, rows.length)}, lane))
  return rows.length
}
