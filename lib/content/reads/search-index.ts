// The search index of the current content, one per language (country and topic names in it, dates in the settings'
// time zone): fed by one GROQ query from the active source, rebuilt when the content revision (read straight from
// the source, at most every few seconds) says something was published.
import 'server-only'
import {buildNewsIndex, runSearch, type NewsIndex, type SearchOutcome} from '@/lib/search/engine'
import {LOCALES, type Locale} from '@/lib/i18n/routing'
import type {SearchState} from '@/lib/search/search-params'
import {SITE_SETTINGS_ID} from '@/lib/http/site'
import {fetchPublishedContent} from '../source/fetch-content'
import {CONTENT_REVISION_QUERY, NEWS_TRANSLATIONS_QUERY, SEARCH_DOCUMENTS_QUERY, SEARCH_FACETS_QUERY, SITE_SETTINGS_QUERY} from '../queries'
import {replacedIds} from './translation-groups'
import {siteSettingsFrom} from './settings'

type IndexSlot = {
  /** The language of the index's country and topic names. */
  locale: Locale
  /** The index answering searches now, and the revision it was built from. */
  current?: {index: Promise<NewsIndex>; revision: string}
  /** The one rebuild running, if any, and the revision it is building. */
  rebuilding?: string
}

type Slots = {
  byLocale: Partial<Record<Locale, IndexSlot>>
  /** The last revision read and when, so a burst of searches costs the source one small query. */
  checked?: {revision: string; at: number}
}

/** How long a revision read is trusted: a publish reaches search within this (plus the rebuild). */
const REVISION_CHECK_MS = 2_000

// Pages and route handlers may be bundled as separate module instances: one process-wide slot keeps one index a language.
const SLOTS = Symbol.for('labour-migration-news.search-index')
const slots: Slots = ((globalThis as typeof globalThis & {[SLOTS]?: Slots})[SLOTS] ??= {byLocale: {}})

async function loadIndex(locale: Locale): Promise<NewsIndex> {
  const [documents, facetsByLocale, settings, groups] = await Promise.all([
    fetchPublishedContent(SEARCH_DOCUMENTS_QUERY),
    Promise.all(LOCALES.map((name) => fetchPublishedContent(SEARCH_FACETS_QUERY, {locale: name}))),
    fetchPublishedContent(SITE_SETTINGS_QUERY, {id: SITE_SETTINGS_ID}),
    fetchPublishedContent(NEWS_TRANSLATIONS_QUERY),
  ])
  // Labels in the reader's language; items found by their countries' and topics' names in every language.
  const facets = facetsByLocale[LOCALES.indexOf(locale)]!
  const facetNames = LOCALES.map((language, position) => ({language, facets: facetsByLocale[position]!}))
  // A translated item is found once per language, as the language's lists show it (lib/content/reads/translation-groups.ts).
  const replaced = new Set(replacedIds(groups, locale))
  const listed = replaced.size === 0 ? documents : documents.filter((document) => !replaced.has(document._id))
  return buildNewsIndex(listed, facets, siteSettingsFrom(settings).timeZone, facetNames)
}

/**
 * What was last published, as one string: it changes when any item, country or topic is published or deleted. Read
 * past every cache (a stale cached revision would keep search stale), but at most once every REVISION_CHECK_MS; if
 * the source cannot be reached, the last revision read stands and the current index keeps answering.
 */
async function contentRevision(): Promise<string> {
  const checked = slots.checked
  if (checked && Date.now() - checked.at < REVISION_CHECK_MS) return checked.revision
  try {
    const revision = JSON.stringify(await fetchPublishedContent(CONTENT_REVISION_QUERY))
    slots.checked = {revision, at: Date.now()}
    return revision
  } catch (error) {
    if (!checked) throw error
    slots.checked = {revision: checked.revision, at: Date.now()}
    return checked.revision
  }
}

/** Builds the index of `revision` in the background, one build at a time; the old index answers meanwhile. */
function rebuild(slot: IndexSlot, revision: string): void {
  if (slot.rebuilding !== undefined) return
  slot.rebuilding = revision
  const next = loadIndex(slot.locale)
  next
    .then(
      () => {
        slot.current = {index: next, revision}
      },
      (error: unknown) => {
        // The old index keeps answering; the next search after a revision check tries again.
        console.error(
          `[search] rebuilding the index failed: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`.slice(0, 200),
        )
      },
    )
    .finally(() => {
      slot.rebuilding = undefined
    })
}

/**
 * The index of the current content. Built on the first search (never at start-up, so pages that do not search
 * never wait for it); after a publish the old index keeps answering until the new one is ready.
 */
async function newsIndex(locale: Locale): Promise<NewsIndex> {
  const revision = await contentRevision()
  const slot = (slots.byLocale[locale] ??= {locale})
  if (!slot.current) {
    const index = loadIndex(locale)
    slot.current = {index, revision}
    index.catch(() => {
      if (slot.current?.index === index) slot.current = undefined
    })
    return index
  }
  if (slot.current.revision !== revision) rebuild(slot, revision)
  return slot.current.index
}

/** Searches the current content, with country and topic names in the reader's language (see runSearch). */
export async function searchNews(state: SearchState, locale: Locale, pageSize?: number): Promise<SearchOutcome> {
  return runSearch(await newsIndex(locale), state, pageSize)
}
