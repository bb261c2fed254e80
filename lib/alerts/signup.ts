// Double opt-in: a sign-up waits for its signed link; confirming makes (or updates) the subscriber; unsubscribing deletes it.
import type {Database, Queryable} from '@/lib/db/database'
import type {Choices, SignupRequest} from './choices'
import {CONFIRM_TTL_MS, keyedHash, verifyToken} from './tokens'

/** At most this many confirmation emails to one address in a day, whoever asks. */
export const CONFIRMATIONS_PER_ADDRESS_PER_DAY = 3
/** Sign-ups from one client address in an hour. */
export const SIGNUPS_PER_CLIENT_PER_HOUR = 20
/** Sign-ups never confirmed are deleted after this long. */
export const UNCONFIRMED_TTL_DAYS = 7

async function recentEvents(db: Queryable, key: string, interval: string): Promise<number> {
  const {rows} = await db.query<{count: string}>(`SELECT count(*) AS count FROM alert_rate_events WHERE key = $1 AND at > now() - $2::interval`, [key, interval])
  return Number(rows[0]?.count ?? 0)
}

export type SignupOutcome = 'accepted' | 'too-many'

/**
 * Records a sign-up and queues its confirmation email. The answer is the same whether the address is new, known or
 * over its daily limit, so the form never tells who subscribes; only a flood from one client is refused.
 */
export async function requestSignup(db: Database, secret: string, request: SignupRequest, client: string): Promise<SignupOutcome> {
  const clientKey = keyedHash(secret, 'client', client)
  if ((await recentEvents(db, clientKey, '1 hour')) >= SIGNUPS_PER_CLIENT_PER_HOUR) return 'too-many'
  await db.query('INSERT INTO alert_rate_events (key) VALUES ($1)', [clientKey])
  const emailKey = keyedHash(secret, 'email', request.email)
  await db.transaction(async (tx) => {
    // One sign-up at a time per address: concurrent requests for it wait here, so the daily count holds.
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [emailKey])
    if ((await recentEvents(tx, emailKey, '1 day')) >= CONFIRMATIONS_PER_ADDRESS_PER_DAY) return
    await tx.query('INSERT INTO alert_rate_events (key) VALUES ($1)', [emailKey])
    const {rows} = await tx.query<{id: string}>(
      'INSERT INTO alert_signups (email, locale, frequency, countries, topics, words) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id',
      [request.email, request.locale, request.frequency, request.countries, request.topics, request.words],
    )
    const signupId = rows[0]!.id
    await tx.query("INSERT INTO alert_outbox (kind, signup_id, key) VALUES ('confirm', $1::bigint, $1::text)", [signupId])
  })
  return 'accepted'
}

export type ConfirmOutcome = {status: 'confirmed'; subscriberId: string} | {status: 'used' | 'expired' | 'invalid'}

/** Follows a confirmation link: once. The sign-up becomes the address's subscription (replacing earlier choices). */
export async function confirmSignup(db: Database, secret: string, token: unknown, now = Date.now()): Promise<ConfirmOutcome> {
  const check = verifyToken(secret, 'confirm', token, now)
  if (!check.ok) return {status: check.reason}
  return db.transaction(async (tx) => {
    const {rows} = await tx.query<{email: string; locale: string; frequency: string; countries: string[]; topics: string[]; words: string | null; consented_at: string}>(
      'DELETE FROM alert_signups WHERE id = $1 RETURNING email, locale, frequency, countries, topics, words, consented_at',
      [check.id],
    )
    const signup = rows[0]
    if (!signup) return {status: 'used'}
    if (new Date(signup.consented_at).getTime() + CONFIRM_TTL_MS < now) return {status: 'expired'}
    const {rows: subscribers} = await tx.query<{id: string}>(
      `INSERT INTO alert_subscribers (email, locale, frequency, countries, topics, words, consented_at, confirmed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, now())
       ON CONFLICT (email) DO UPDATE SET locale = EXCLUDED.locale, frequency = EXCLUDED.frequency, countries = EXCLUDED.countries,
         topics = EXCLUDED.topics, words = EXCLUDED.words, consented_at = EXCLUDED.consented_at, confirmed_at = EXCLUDED.confirmed_at
       RETURNING id`,
      [signup.email, signup.locale, signup.frequency, signup.countries, signup.topics, signup.words, signup.consented_at],
    )
    const subscriberId = subscribers[0]!.id
    // A fresh double opt-in is the person asking again: it lifts an earlier unsubscribe's suppression.
    await tx.query('DELETE FROM alert_suppressions WHERE hash = $1', [suppressionHash(secret, signup.email)])
    await tx.query("INSERT INTO alert_outbox (kind, subscriber_id, key) VALUES ('welcome', $1, $2) ON CONFLICT DO NOTHING", [subscriberId, `signup-${check.id}`])
    return {status: 'confirmed', subscriberId}
  })
}

/** A manage link's subscriber id, or why not. */
export function subscriberOfToken(secret: string, token: unknown) {
  return verifyToken(secret, 'manage', token)
}

/** The keyed hash an unsubscribed address leaves behind (HMAC with the alerts secret: without it, nobody can test an address list against it). */
export function suppressionHash(secret: string, email: string): string {
  return keyedHash(secret, 'suppressed', email.trim().toLowerCase())
}

/**
 * Deletes the subscription and any sign-up waiting for the same address, keeping only the address's suppression hash.
 * Deleting twice is fine (one-click clients retry).
 */
export async function unsubscribe(db: Database, secret: string, subscriberId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const {rows} = await tx.query<{email: string}>('DELETE FROM alert_subscribers WHERE id = $1 RETURNING email', [subscriberId])
    if (!rows[0]) return
    await tx.query('DELETE FROM alert_signups WHERE email = $1', [rows[0].email])
    await tx.query('INSERT INTO alert_suppressions (hash) VALUES ($1) ON CONFLICT DO NOTHING', [suppressionHash(secret, rows[0].email)])
  })
}

export type Subscription = Choices & {id: string}

export async function subscription(db: Queryable, subscriberId: string): Promise<Subscription | null> {
  const {rows} = await db.query<{id: string; locale: 'en' | 'es'; frequency: Choices['frequency']; countries: string[]; topics: string[]; words: string | null}>(
    'SELECT id, locale, frequency, countries, topics, words FROM alert_subscribers WHERE id = $1',
    [subscriberId],
  )
  return rows[0] ?? null
}

/** Changes choices through a manage link (the address itself never changes: a new address signs up again). */
export async function updateChoices(db: Queryable, subscriberId: string, choices: Choices): Promise<boolean> {
  const {rowCount} = await db.query('UPDATE alert_subscribers SET locale = $2, frequency = $3, countries = $4, topics = $5, words = $6 WHERE id = $1', [
    subscriberId,
    choices.locale,
    choices.frequency,
    choices.countries,
    choices.topics,
    choices.words,
  ])
  return rowCount > 0
}

/** Unconfirmed sign-ups after 7 days and rate-limit records after a day. */
export async function deleteExpired(db: Queryable): Promise<void> {
  await db.query(`DELETE FROM alert_signups WHERE consented_at < now() - interval '${UNCONFIRMED_TTL_DAYS} days'`)
  await db.query("DELETE FROM alert_rate_events WHERE at < now() - interval '1 day'")
}

/** Confirmed subscribers per country, topic and language, without any address: for the comms team. */
export async function subscriberCounts(db: Queryable) {
  const [countries, topics, languages, total] = await Promise.all([
    db.query<{slug: string; locale: string; count: string}>('SELECT unnest(countries) AS slug, locale, count(*) AS count FROM alert_subscribers GROUP BY 1, 2 ORDER BY 1, 2'),
    db.query<{slug: string; locale: string; count: string}>('SELECT unnest(topics) AS slug, locale, count(*) AS count FROM alert_subscribers GROUP BY 1, 2 ORDER BY 1, 2'),
    db.query<{locale: string; count: string}>('SELECT locale, count(*) AS count FROM alert_subscribers GROUP BY 1 ORDER BY 1'),
    db.query<{count: string}>('SELECT count(*) AS count FROM alert_subscribers'),
  ])
  const rows = (result: {rows: Array<{slug: string; locale: string; count: string}>}) => result.rows.map((row) => ({slug: row.slug, locale: row.locale, count: Number(row.count)}))
  return {
    total: Number(total.rows[0]?.count ?? 0),
    languages: languages.rows.map((row) => ({locale: row.locale, count: Number(row.count)})),
    countries: rows(countries),
    topics: rows(topics),
  }
}
