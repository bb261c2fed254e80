// The items alerts are about: copied into the database when published, withdrawn when unpublished, fanned out to instant subscribers.
import type {Database, Queryable} from '@/lib/db/database'

export type AlertItem = {
  id: string
  language: string
  title: string
  summary: string
  /** The item's address on the site, e.g. /news/slug or /es/news/slug. */
  path: string
  publishedAt: string
  countries: Array<{slug: string; name: string; nameEs: string}>
  topics: string[]
}

/**
 * The GROQ that makes AlertItems from a dataset (Sanity's API in Sanity mode, groq-js over the NDJSON in local mode):
 * published news items with a slug and a date, `$ids` narrowing them when not null.
 */
export const ALERT_ITEMS_QUERY = `*[_type == "newsItem" && defined(slug.current) && defined(publishedAt) && !(_id in path("drafts.**")) && ($ids == null || _id in $ids)]{
  "id": _id,
  "language": coalesce(language, "en"),
  title,
  "summary": coalesce(summary, ""),
  "slug": slug.current,
  publishedAt,
  "countries": countries[]->{"slug": slug.current, name, "nameEs": coalesce(nameTranslations[language == "es"][0].value, name)},
  "topics": topics[]->slug.current
}`

export type AlertItemRow = {
  id: string
  language: string
  title: string
  slug: string
  summary: string
  publishedAt: string
  countries: Array<{slug: string | null; name: string | null; nameEs: string | null} | null> | null
  topics: Array<string | null> | null
}

/** An answer row of ALERT_ITEMS_QUERY as an AlertItem (missing references dropped). */
export function alertItemFrom(row: AlertItemRow): AlertItem {
  const countries = (row.countries ?? []).filter((country): country is {slug: string; name: string; nameEs: string} => Boolean(country?.slug && country.name))
  return {
    id: row.id,
    language: row.language === 'es' ? 'es' : 'en',
    title: row.title,
    summary: row.summary ?? '',
    path: `${row.language === 'es' ? '/es' : ''}/news/${row.slug}`,
    publishedAt: row.publishedAt,
    countries: countries.map((country) => ({slug: country.slug, name: country.name, nameEs: country.nameEs || country.name})),
    topics: (row.topics ?? []).filter((topic): topic is string => typeof topic === 'string'),
  }
}

/**
 * Records items; those never seen before are new (to be fanned out) unless `baseline` says they were there before
 * alerts existed. A known item is updated (its title may have changed) and comes back if it had been withdrawn, but
 * is never sent again.
 */
export async function recordItems(db: Queryable, items: AlertItem[], {baseline = false} = {}): Promise<string[]> {
  const added: string[] = []
  for (const item of items) {
    const {rows} = await db.query<{inserted: boolean}>(
      `INSERT INTO alert_items (id, language, title, summary, path, published_at, countries, country_names_en, country_names_es, topics, fanned_out)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT (id) DO UPDATE SET language = EXCLUDED.language, title = EXCLUDED.title, summary = EXCLUDED.summary,
         path = EXCLUDED.path, published_at = EXCLUDED.published_at, countries = EXCLUDED.countries,
         country_names_en = EXCLUDED.country_names_en, country_names_es = EXCLUDED.country_names_es, topics = EXCLUDED.topics,
         withdrawn = false
       RETURNING (xmax = 0) AS inserted`,
      [
        item.id,
        item.language,
        item.title,
        item.summary,
        item.path,
        item.publishedAt,
        item.countries.map((country) => country.slug),
        item.countries.map((country) => country.name),
        item.countries.map((country) => country.nameEs),
        item.topics,
        baseline,
      ],
    )
    if (rows[0]?.inserted) added.push(item.id)
  }
  return added
}

/** Unpublished or deleted: not sent from now on (pending messages about it are skipped). */
export async function withdrawItems(db: Queryable, ids: string[]): Promise<void> {
  if (ids.length > 0) await db.query('UPDATE alert_items SET withdrawn = true WHERE id = ANY($1::text[])', [ids])
}

/**
 * Whether subscriber `s` follows item `i`: any of its countries or topics; a search subscription (words) needs its
 * words in the item's title or summary (accents and case ignored) and, when it names some, one of its countries and topics.
 */
export const FOLLOWS = `(CASE WHEN s.words IS NULL THEN (s.countries && i.countries OR s.topics && i.topics)
  ELSE ((cardinality(s.countries) = 0 OR s.countries && i.countries) AND (cardinality(s.topics) = 0 OR s.topics && i.topics)
    AND to_tsvector('simple', unaccent(i.title || ' ' || i.summary)) @@ plainto_tsquery('simple', unaccent(s.words))) END)`

/**
 * One message per instant subscriber who follows each new item; the outbox's unique index makes a second run (another
 * instance, a repeated webhook, a restart) add nothing. Returns how many messages were queued.
 */
export async function fanOut(db: Database): Promise<number> {
  const {rows: pending} = await db.query<{id: string}>('SELECT id FROM alert_items WHERE NOT fanned_out AND NOT withdrawn ORDER BY received_at LIMIT 20')
  let queued = 0
  for (const {id} of pending) {
    queued += await db.transaction(async (tx) => {
      const {rowCount} = await tx.query(
        `INSERT INTO alert_outbox (kind, subscriber_id, key)
         SELECT 'instant', s.id, i.id FROM alert_items i JOIN alert_subscribers s ON s.frequency = 'instant' AND ${FOLLOWS}
         WHERE i.id = $1 AND NOT i.withdrawn AND s.confirmed_at <= i.received_at
         ON CONFLICT DO NOTHING`,
        [id],
      )
      await tx.query('UPDATE alert_items SET fanned_out = true WHERE id = $1', [id])
      return rowCount
    })
  }
  return queued
}
