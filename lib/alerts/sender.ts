// Drains the outbox: claims due messages with SKIP LOCKED leases (several instances share the work), sends each, records it; retries with back-off.
import type {Transporter} from 'nodemailer'
import type {Database} from '@/lib/db/database'
import {isLocale, type Locale} from '@/lib/i18n/routing'
import {absoluteUrl} from '@/lib/http/site'
import {windowOfKey} from './digests'
import {mailTranslator, renderEmail, type EmailItem} from './email'
import {FOLLOWS} from './items'
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
     RETURNING id, kind, subscriber_id, signup_id, key, attempts`,
    [limit, leaseSeconds],
  )
  return rows.sort((a, b) => Number(a.id) - Number(b.id))
}

/** The message for one outbox row, with its recipient; null when there is nothing to send any more. */
async function compose(db: Database, row: OutboxRow, options: SenderOptions) {
  if (row.kind === 'confirm') {
    const {rows} = await db.query<Person>('SELECT id, email, locale, countries, topics, words, consented_at FROM alert_signups WHERE id = $1', [row.signup_id])
    const signup = rows[0]
    if (!signup) return null
    const locale = isLocale(signup.locale) ? signup.locale : 'en'
    const expires = new Date(signup.consented_at).getTime() + CONFIRM_TTL_MS
    const confirm = absoluteUrl(`/api/alerts/confirm?token=${signToken(options.secret, 'confirm', signup.id, expires)}`)
    return {
      to: signup.email,
      content: renderEmail({kind: 'confirm', outboxId: row.id, locale, timeZone: options.timeZone, siteName: mailTranslator(locale)('site.name'), items: [], choices: describeChoices(signup, locale, options.labels), links: {confirm}}),
    }
  }
  const {rows} = await db.query<Person>('SELECT id, email, locale, countries, topics, words, consented_at FROM alert_subscribers WHERE id = $1', [row.subscriber_id])
  const person = rows[0]
  if (!person) return null
  const locale = isLocale(person.locale) ? person.locale : 'en'
  let items: ItemRow[]
  let window: {start: Date; end: Date} | undefined
  if (row.kind === 'welcome') {
    items = (await db.query<ItemRow>(`SELECT ${ITEM_COLUMNS} FROM alert_items i, alert_subscribers s WHERE s.id = $1 AND NOT i.withdrawn AND ${FOLLOWS} ORDER BY i.published_at DESC LIMIT 5`, [person.id])).rows
  } else if (row.kind === 'instant') {
    items = (await db.query<ItemRow>(`SELECT ${ITEM_COLUMNS} FROM alert_items i WHERE i.id = $1 AND NOT i.withdrawn`, [row.key])).rows
    if (items.length === 0) return null
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
 * Renews the lease on one claimed row just before sending it, if it is still ours: `attempts` is the fencing token (a
 * sender whose lease ran out while it worked through its batch finds the row taken by another, and skips it).
 */
async function stillOurs(db: Database, row: OutboxRow, leaseSeconds: number): Promise<boolean> {
  const {rowCount} = await db.query(
    "UPDATE alert_outbox SET locked_until = now() + make_interval(secs => $3) WHERE id = $1 AND attempts = $2 AND status = 'pending'",
    [row.id, row.attempts, leaseSeconds],
  )
  return rowCount === 1
}

/** One message: still ours → composed → sent (or skipped) → recorded. */
async function deliver(db: Database, row: OutboxRow, options: SenderOptions, leaseSeconds: number): Promise<void> {
  await options.throttle?.wait()
  if (!(await stillOurs(db, row, leaseSeconds))) return
  let outcome: 'sent' | 'skipped' | {error: string}
  try {
    const message = await compose(db, row, options)
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
}

/**
 * One batch: claims, then sends with `concurrency` messages in flight (throttled overall), recording each message as
 * soon as the SMTP server accepts it. Returns how many rows it claimed.
 */
export async function drainOnce(db: Database, options: SenderOptions): Promise<number> {
  const leaseSeconds = options.leaseSeconds ?? 60
  const rows = await claim(db, options.batchSize ?? 50, leaseSeconds)
  let next = 0
  const lane = async () => {
    while (next < rows.length) await deliver(db, rows[next++]!, options, leaseSeconds)
  }
  await Promise.all(Array.from({length: Math.min(options.concurrency ?? SEND_CONCURRENCY, rows.length)}, lane))
  return rows.length
}
