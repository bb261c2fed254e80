// Sanity mode: the signed webhook tells us an item was published, changed or removed (noted, then read: new ones get sent), or that names changed.
import 'server-only'
import {getCountries, getTopics} from '@/lib/content/reads/collections'
import {publishedIn} from '@/lib/content/source/fetch-options'
import {getDatabase} from '@/lib/db/database'
import {storeState} from './runner'
import {requestItem, resolveItemRequests} from './sanity-items'
import type {Labels} from './sender'

/**
 * Called by the webhook for a news item: noted in the database (throws only if the database is down), then read from
 * Sanity at once; if Sanity fails now, the senders' loop reads it later (published → queued once; gone → withdrawn).
 */
export async function itemChanged(id: string): Promise<void> {
  const db = await getDatabase()
  await requestItem(db, id)
  await resolveItemRequests(db).catch((error: unknown) => {
    console.error(`[alerts] item ${id} not read from Sanity yet, will retry: ${error instanceof Error ? error.message : String(error)}`)
  })
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
