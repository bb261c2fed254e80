// Sanity mode: the signed webhook tells us an item was published, changed or removed; its alert copy is recorded (new ones get sent) or withdrawn.
import 'server-only'
import {getCountries, getTopics} from '@/lib/content/collections'
import {publishedIn} from '@/lib/content/fetch-options'
import {querySanityUncached} from '@/lib/content/sanity-source'
import {getDatabase} from '@/lib/db/database'
import {ALERT_ITEMS_QUERY, alertItemFrom, recordItems, withdrawItems, type AlertItemRow} from './items'
import {storeState} from './runner'
import type {Labels} from './sender'

/** Called by the webhook for a news item: published now → recorded (queued once); gone → withdrawn. */
export async function itemChanged(id: string): Promise<void> {
  const rows = await querySanityUncached<AlertItemRow[]>(ALERT_ITEMS_QUERY, {ids: [id]})
  const db = await getDatabase()
  if (rows.length === 0) await withdrawItems(db, [id])
  else await recordItems(db, rows.map(alertItemFrom))
}

/** Country and topic names in both languages, for saying in emails what a subscriber chose. */
export async function refreshLabels(): Promise<void> {
  const [countriesEn, countriesEs, topicsEn, topicsEs] = await Promise.all([
    getCountries(publishedIn('en')),
    getCountries(publishedIn('es')),
    getTopics(publishedIn('en')),
    getTopics(publishedIn('es')),
  ])
  const labels: Labels = {}
  for (const country of countriesEn) if (country.slug) labels[country.slug] = {en: country.name ?? country.slug, es: countriesEs.find((other) => other.slug === country.slug)?.name ?? country.name ?? country.slug, kind: 'country'}
  for (const topic of topicsEn) if (topic.slug) labels[topic.slug] = {en: topic.title ?? topic.slug, es: topicsEs.find((other) => other.slug === topic.slug)?.title ?? topic.title ?? topic.slug, kind: 'topic'}
  await storeState(await getDatabase(), 'labels', JSON.stringify(labels))
}
