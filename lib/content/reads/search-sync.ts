// The stored search index follows the published content: written at start and on each publish (the webhook) when the
// content revision differs from the one stored beside it, by one instance at a time (lib/search/stored-index.ts).
import 'server-only'
import {getDatabase} from '@/lib/db/database'
import {errorReason} from '@/lib/format/error-reason'
import {settingsTimeZone} from '@/lib/format/dates'
import {LOCALES} from '@/lib/i18n/routing'
import {SITE_SETTINGS_ID} from '@/lib/http/site'
import {syncIndex, warmIndex, type IndexContent} from '@/lib/search/stored-index'
import {fetchPublishedContent} from '../source/fetch-content'
import {CONTENT_REVISION_QUERY, NEWS_TRANSLATIONS_QUERY, SEARCH_DOCUMENTS_QUERY, SEARCH_FACETS_QUERY, SITE_SETTINGS_QUERY} from '../queries'
import {replacedIds} from './translation-groups'

/** Everything the index is written from, read straight from the source past every cache. */
async function searchIndexContent(): Promise<IndexContent> {
  const [documents, facetsByLocale, settings, groups] = await Promise.all([
    fetchPublishedContent(SEARCH_DOCUMENTS_QUERY),
    Promise.all(LOCALES.map((locale) => fetchPublishedContent(SEARCH_FACETS_QUERY, {locale}))),
    fetchPublishedContent(SITE_SETTINGS_QUERY, {id: SITE_SETTINGS_ID}),
    fetchPublishedContent(NEWS_TRANSLATIONS_QUERY),
  ])
  // A translated item is found once per language, as the language's lists show it (translation-groups.ts).
  const hiddenIn = new Map<string, string[]>()
  for (const locale of LOCALES) for (const id of replacedIds(groups, locale)) hiddenIn.set(id, [...(hiddenIn.get(id) ?? []), locale])
  return {
    documents,
    facetNames: LOCALES.map((language, position) => ({language, facets: facetsByLocale[position]!})),
    // As siteSettingsFrom reads it (settings.ts is not imported: it needs the request's language, and this also runs at start).
    timeZone: settingsTimeZone(settings?.timeZone),
    hiddenIn,
  }
}

/** What was last published, as one string: it changes when any item, country, topic or the settings change. */
async function contentRevision(): Promise<string> {
  return JSON.stringify(await fetchPublishedContent(CONTENT_REVISION_QUERY))
}

/** Writes the index if the content changed, then loads the current one into this instance. True when it wrote. */
export async function syncSearchIndex(): Promise<boolean> {
  const db = await getDatabase()
  const wrote = await syncIndex(db, {revision: contentRevision, content: searchIndexContent})
  await warmIndex(db)
  return wrote
}

const START = Symbol.for('labour-migration-news.search-sync-start')
type Start = {promise: Promise<boolean>; state: 'running' | 'done' | 'failed'}
const holder = globalThis as typeof globalThis & {[START]?: Start}

/**
 * The sync at start, once per process until it succeeds: called by instrumentation.ts and by each search, so a
 * start that failed (the source or the database not reachable yet) is tried again by the next search, one at a time.
 */
export function startSearchSync(): Start {
  const started = holder[START]
  if (started && started.state !== 'failed') return started
  const start: Start = {promise: syncSearchIndex(), state: 'running'}
  start.promise.then(
    () => (start.state = 'done'),
    (error: unknown) => {
      start.state = 'failed'
      console.error(`[search] the index could not be brought up to date: ${errorReason(error)}`.slice(0, 200))
    },
  )
  holder[START] = start
  return start
}
