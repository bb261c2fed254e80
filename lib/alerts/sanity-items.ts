// Sanity mode: reading the items the webhook named, straight from the Content Lake (published, no CDN), outside React's server scope so the senders' loop can retry.
import {createClient} from '@sanity/client'
import type {Database} from '@/lib/db/database'
import {isTimeZone} from '@/lib/format/dates'
import {SITE_SETTINGS_ID} from '@/sanity/document-id'
import {apiHostOverride, apiVersion, dataset, projectId} from '@/sanity/env'
import {ALERT_ITEMS_QUERY, alertItemFrom, recordItems, withdrawItems, type AlertItemRow} from './items'

const client = createClient({
  projectId: projectId || 'not-configured',
  dataset,
  apiVersion,
  useCdn: false,
  perspective: 'published',
  timeout: 5_000,
  maxRetries: 1,
  token: process.env.SANITY_API_READ_TOKEN?.trim() || undefined,
  ...(apiHostOverride ? {apiHost: apiHostOverride, useProjectHostname: false} : {}),
})

/** Notes that an item changed; `resolveItemRequests` reads it (a re-delivered webhook only notes it again). */
export async function requestItem(db: Database, id: string): Promise<void> {
  await db.query('INSERT INTO alert_item_requests (id) VALUES ($1) ON CONFLICT (id) DO UPDATE SET requested_at = now()', [id])
}

/**
 * Reads the noted items from Sanity: a published one is recorded (queued once when new), a missing one withdrawn.
 * Throws while Sanity cannot be reached; the notes stay for the next try.
 */
export async function resolveItemRequests(db: Database, fetchItems = (ids: string[]) => client.fetch<AlertItemRow[]>(ALERT_ITEMS_QUERY, {ids})): Promise<number> {
  const {rows} = await db.query<{id: string; requested_at: string}>('SELECT id, requested_at FROM alert_item_requests ORDER BY requested_at LIMIT 50')
  if (rows.length === 0) return 0
  const found = await fetchItems(rows.map((row) => row.id))
  const present = new Set(found.map((row) => row.id))
  await recordItems(db, found.map(alertItemFrom))
  await withdrawItems(db, rows.map((row) => row.id).filter((id) => !present.has(id)))
  // Only the notes read now: one made again meanwhile has a later time and is read on the next pass.
  for (const row of rows) await db.query('DELETE FROM alert_item_requests WHERE id = $1 AND requested_at = $2', [row.id, row.requested_at])
  return rows.length
}

/**
 * The office time zone of the published site settings, kept in the database for dates in emails and digest windows
 * (local mode reads it from the dataset at start). Read by the senders' loop once a minute, so an edit of the settings
 * reaches the next digest without a webhook. An unset or unknown zone leaves the stored one; throws while Sanity cannot
 * be reached.
 */
export async function refreshOfficeTimeZone(
  db: Database,
  fetchZone = () => client.fetch<string | null>('*[_type == "siteSettings" && _id == $id][0].timeZone', {id: SITE_SETTINGS_ID}),
): Promise<string | null> {
  const zone = await fetchZone()
  if (typeof zone !== 'string' || !isTimeZone(zone)) return null
  await db.query("INSERT INTO app_state (name, value) VALUES ('office_time_zone', $1) ON CONFLICT (name) DO UPDATE SET value = EXCLUDED.value, updated_at = now()", [zone])
  return zone
}
