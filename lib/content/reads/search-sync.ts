// The stored search index follows the published content: written at start and on each publish (the webhook) when the
// content revision differs from the one stored beside it (one changed item in place), by one instance at a time
// (lib/search/stored-index.ts).
import 'server-only'
import {getDatabase} from '@/lib/db/database'
import {errorReason} from '@/lib/format/error-reason'
import {settingsTimeZone} from '@/lib/format/dates'
import {LOCALES} from '@/lib/i18n/routing'
import {SITE_SETTINGS_ID} from '@/lib/http/site'
import {revisionString, syncIndex, warmIndex, type IndexContent, type ItemChange} from '@/lib/search/stored-index'
import {fetchPublishedContent} from '../source/fetch-content'
import {
  CONTENT_REVISION_QUERY,
  NEWS_TRANSLATIONS_QUERY,
  SEARCH_DOCUMENTS_QUERY,
  SEARCH_FACETS_QUERY,
  SEARCH_ITEM_CHANGE_QUERY,
  SEARCH_ITEM_GROUPS_QUERY,
  SITE_SETTINGS_QUERY,
} from '../queries'
import {replacedIds, type TranslationGroup} from './translation-groups'

/** Per item id, the languages whose lists show a translation of it instead (translation-groups.ts). */
function hiddenInOf(groups: TranslationGroup[]): Map<string, string[]> {
  const hiddenIn = new Map<string, string[]>()
  for (const locale of LOCALES) for (const id of replacedIds(groups, locale)) hiddenIn.set(id, [...(hiddenIn.get(id) ?? []), locale])
  return hiddenIn
}

/** Everything the index is written from, read straight from the source past every cache. */
export async function searchIndexContent(): Promise<IndexContent> {
  const [documents, facetsByLocale, settings, groups] = await Promise.all([
    fetchPublishedContent(SEARCH_DOCUMENTS_QUERY),
    Promise.all(LOCALES.map((locale) => fetchPublishedContent(SEARCH_FACETS_QUERY, {locale}))),
    fetchPublishedContent(SITE_SETTINGS_QUERY, {id: SITE_SETTINGS_ID}),
    fetchPublishedContent(NEWS_TRANSLATIONS_QUERY),
  ])
  // A translated item is found once per language, as the language's lists show it (translation-groups.ts).
  const hiddenIn = hiddenInOf(groups)
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
  return revisionString(await fetchPublishedContent(CONTENT_REVISION_QUERY))
}

/**
 * One news item's change: its search document and those of the other items of its translation groups, in one
 * snapshot with the revisions that say whether the index can take it in place. Null when its groups changed between
 * the two reads (the index is then written whole).
 */
async function searchItemChange(id: string): Promise<ItemChange | null> {
  const linked = await fetchPublishedContent(SEARCH_ITEM_GROUPS_QUERY, {id})
  const ids = [...new Set([id, ...linked.flatMap((group) => group.ids ?? []).filter((linkedId): linkedId is string => linkedId !== null)])]
  const read = await fetchPublishedContent(SEARCH_ITEM_CHANGE_QUERY, {id, ids, settingsId: SITE_SETTINGS_ID})
  if (read.groups.some((group) => (group.members ?? []).some((member) => member.id !== null && !ids.includes(member.id)))) return null
  return {
    id,
    revision: revisionString(read.revision),
    others: read.others,
    ids,
    documents: read.documents,
    hiddenIn: hiddenInOf(read.groups),
    timeZone: settingsTimeZone(read.timeZone),
  }
}

/**
 * Brings the index up to date, then loads the current one into this instance. True when it wrote. Given the news
 * item a webhook names, only that item's rows are written when nothing else changed (stored-index.ts, updateInPlace).
 */
export async function syncSearchIndex(changedItem?: string): Promise<boolean> {
  const db = await getDatabase()
  const change = changedItem === undefined ? undefined : () => searchItemChange(changedItem)
  let whole = false
  const content = () => ((whole = true), searchIndexContent())
  const wrote = await syncIndex(db, {revision: contentRevision, content, change})
  // Which way a publish reached search: in place takes a moment, whole takes seconds to a minute at 100,000 items.
  if (wrote && changedItem !== undefined) console.info(`[search] ${changedItem}: ${whole ? 'the index was written whole' : 'written in place'}`)
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
    (wrote) => {
      start.state = 'done'
      // From here on searches answer from the content as it is now (bench/lib/server.mjs waits for this line).
      console.info(`[search] the index follows the content (${wrote ? 'written whole' : 'already current'})`)
    },
    (error: unknown) => {
      start.state = 'failed'
      console.error(`[search] the index could not be brought up to date: ${errorReason(error)}`.slice(0, 200))
    },
  )
  holder[START] = start
  return start
}
