// What is read, without tracking readers: a page view checked and reduced to (day, page, language, referring host), and the sums the site and the Studio show.
import {isbot} from 'isbot'
import type {Queryable} from '@/lib/db/database'
import {isLocale, type Locale} from '@/lib/i18n/routing'
import {isSlug} from '@/sanity/slug.mjs'

export const VIEW_KINDS = ['news', 'country', 'topic'] as const
export type ViewKind = (typeof VIEW_KINDS)[number]

/** One view as it is kept: no address, no user agent, no time of day, and of the referring page its host only. */
export type View = {kind: ViewKind; slug: string; locale: Locale; referrer: string}

/** The beacon sends a few short fields; anything longer is not ours (413). */
export const MAX_VIEW_BODY_BYTES = 1024

const isKind = (value: unknown): value is ViewKind => typeof value === 'string' && (VIEW_KINDS as readonly string[]).includes(value)

/** A host name as browsers send it (letters, digits, hyphens, dots; at most 253 characters). */
const HOST = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/

/**
 * The referring site as kept: its host, lower case, without "www."; empty for none and for the site itself (a reader
 * moving between our pages). Undefined when the value is not a host name at all.
 */
export function referrerHost(raw: unknown, ownHosts: readonly string[]): string | undefined {
  if (raw === undefined || raw === null || raw === '') return ''
  if (typeof raw !== 'string') return undefined
  const host = raw.trim().toLowerCase().replace(/\.$/, '')
  if (!HOST.test(host)) return undefined
  const bare = (name: string) => name.toLowerCase().replace(/^www\./, '')
  return ownHosts.some((own) => bare(own) === bare(host)) ? '' : bare(host)
}

/** The fields of a beacon (k: kind, s: slug, l: language, r: referring host), or null when any is not what our pages send. */
export function parseView(fields: Record<string, unknown>, ownHosts: readonly string[]): View | null {
  const {k: kind, s: slug, l: locale, r: referrer} = fields
  if (!isKind(kind) || typeof slug !== 'string' || !isSlug(slug) || !isLocale(locale)) return null
  const host = referrerHost(referrer, ownHosts)
  return host === undefined ? null : {kind, slug, locale, referrer: host}
}

/** Crawlers, link previewers, monitors and headless browsers are left out (the isbot package's list); so is a request with no user agent. */
export function isBot(userAgent: string | null): boolean {
  return !userAgent?.trim() || isbot(userAgent)
}

/** The day a view is counted on: the UTC date. */
export function viewDay(now = new Date()): string {
  return now.toISOString().slice(0, 10)
}

/** Adds one to the day's row for this page, language and referring host: one row per combination, never one per reader. */
export async function recordView(db: Queryable, view: View, day = viewDay()): Promise<void> {
  await db.query(
    `INSERT INTO page_views (day, kind, slug, locale, referrer, views) VALUES ($1::date, $2, $3, $4, $5, 1)
     ON CONFLICT (day, kind, slug, locale, referrer) DO UPDATE SET views = page_views.views + 1`,
    [day, view.kind, view.slug, view.locale, view.referrer],
  )
}

export type ViewCount = {slug: string; views: number}

/** The first day of a window of `days` days ending today (UTC). */
export function windowStart(days: number, now = new Date()): string {
  return viewDay(new Date(now.getTime() - (days - 1) * 86_400_000))
}

/** Pages of a kind by views over the last `days` days, most read first (ties by slug), every language and referrer together. */
export async function mostViewed(db: Queryable, kind: ViewKind, days: number, limit: number, now = new Date()): Promise<ViewCount[]> {
  const result = await db.query<{slug: string; views: string}>(
    `SELECT slug, sum(views) AS views FROM page_views WHERE kind = $1 AND day >= $2::date
     GROUP BY slug ORDER BY sum(views) DESC, slug ASC LIMIT $3`,
    [kind, windowStart(days, now), limit],
  )
  return result.rows.map((row) => ({slug: row.slug, views: Number(row.views)}))
}

export type ViewStats = {
  days: number
  total: number
  languages: Array<{locale: string; views: number}>
  news7: ViewCount[]
  news30: ViewCount[]
  countries: ViewCount[]
  topics: ViewCount[]
  referrers: Array<{host: string; views: number}>
}

/** What the Studio's dashboard shows: the most read items over 7 and 30 days, and 30 days of country, topic, language and referrer views. */
export async function viewStats(db: Queryable, now = new Date()): Promise<ViewStats> {
  const since = windowStart(30, now)
  const [news7, news30, countries, topics, languages, referrers] = await Promise.all([
    mostViewed(db, 'news', 7, 20, now),
    mostViewed(db, 'news', 30, 20, now),
    mostViewed(db, 'country', 30, 500, now),
    mostViewed(db, 'topic', 30, 500, now),
    db.query<{locale: string; views: string}>('SELECT locale, sum(views) AS views FROM page_views WHERE day >= $1::date GROUP BY 1 ORDER BY 1', [since]),
    db.query<{host: string; views: string}>(
      `SELECT referrer AS host, sum(views) AS views FROM page_views WHERE day >= $1::date GROUP BY 1 ORDER BY 2 DESC, 1 ASC LIMIT 20`,
      [since],
    ),
  ])
  const languageRows = languages.rows.map((row) => ({locale: row.locale, views: Number(row.views)}))
  return {
    days: 30,
    total: languageRows.reduce((sum, row) => sum + row.views, 0),
    languages: languageRows,
    news7,
    news30,
    countries,
    topics,
    referrers: referrers.rows.map((row) => ({host: row.host, views: Number(row.views)})),
  }
}

/**
 * Whether this caller may refresh the "Most read" lists now: true for one caller per `seconds`, across every instance
 * sharing the database (one row of app_state, claimed in one statement).
 */
export async function claimRefresh(db: Queryable, seconds: number): Promise<boolean> {
  const claimed = await db.query(
    `INSERT INTO app_state (name, value, updated_at) VALUES ('views:most-read-refreshed', '', now())
     ON CONFLICT (name) DO UPDATE SET updated_at = now() WHERE app_state.updated_at < now() - make_interval(secs => $1)
     RETURNING name`,
    [seconds],
  )
  return claimed.rowCount > 0
}
