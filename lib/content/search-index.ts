// The search index of the current content: fed by one GROQ query from the active source, rebuilt when the content
// revision (a cached, tagged read the webhook revalidates) says something was published.
import 'server-only'
import {buildNewsIndex, runSearch, type NewsIndex, type SearchOutcome} from '@/lib/search/engine'
import type {SearchState} from '@/lib/search/params'
import {ALL_CONTENT_TAGS} from './cache-tags'
import {fetchContent, fetchPublishedContent} from './fetch-content'
import {CONTENT_REVISION_QUERY, SEARCH_DOCUMENTS_QUERY, SEARCH_FACETS_QUERY} from './queries'

type IndexSlot = {
  /** The index answering searches now, and the revision it was built from. */
  current?: {index: Promise<NewsIndex>; revision: string}
  /** The one rebuild running, if any, and the revision it is building. */
  rebuilding?: string
}

// Pages and route handlers may be bundled as separate module instances: one process-wide slot keeps one index.
const SLOT = Symbol.for('labour-migration-news.search-index')
const slot: IndexSlot = ((globalThis as typeof globalThis & {[SLOT]?: IndexSlot})[SLOT] ??= {})

async function loadIndex(): Promise<NewsIndex> {
  const [documents, facets] = await Promise.all([fetchPublishedContent(SEARCH_DOCUMENTS_QUERY), fetchPublishedContent(SEARCH_FACETS_QUERY)])
  return buildNewsIndex(documents, facets)
}

/** What was last published, as one string: it changes when any item, country or topic is published or deleted. */
async function contentRevision(): Promise<string> {
  return JSON.stringify(await fetchContent(CONTENT_REVISION_QUERY, {}, ALL_CONTENT_TAGS))
}

/** Builds the index of `revision` in the background, one build at a time; the old index answers meanwhile. */
function rebuild(revision: string): void {
  if (slot.rebuilding !== undefined) return
  slot.rebuilding = revision
  const next = loadIndex()
  next.then(
    () => {
      slot.current = {index: next, revision}
    },
    () => undefined,
  ).finally(() => {
    slot.rebuilding = undefined
  })
}

/**
 * The index of the current content. Built on the first search (never at start-up, so pages that do not search
 * never wait for it); after a publish the old index keeps answering until the new one is ready.
 */
async function newsIndex(): Promise<NewsIndex> {
  const revision = await contentRevision()
  if (!slot.current) {
    const index = loadIndex()
    slot.current = {index, revision}
    index.catch(() => {
      if (slot.current?.index === index) slot.current = undefined
    })
    return index
  }
  if (slot.current.revision !== revision) rebuild(revision)
  return slot.current.index
}

/** Searches the current content (see runSearch for what a search does). */
export async function searchNews(state: SearchState): Promise<SearchOutcome> {
  return runSearch(await newsIndex(), state)
}
