// The search index of the current content: fed by one GROQ query from the active source, rebuilt when content changes.
import 'server-only'
import {buildNewsIndex, runSearch, type NewsIndex, type SearchOutcome} from '@/lib/search/engine'
import type {SearchState} from '@/lib/search/params'
import {onContentChange} from './content-events'
import {fetchPublishedContent} from './fetch-content'
import {SEARCH_DOCUMENTS_QUERY, SEARCH_FACETS_QUERY} from './queries'
import {ContentUnavailableError, sendToUnavailablePage} from './sanity-source'

async function fetchSearchDocuments() {
  const [documents, facets] = await Promise.all([fetchPublishedContent(SEARCH_DOCUMENTS_QUERY), fetchPublishedContent(SEARCH_FACETS_QUERY)])
  return {documents, facets}
}

type IndexSlot = {current?: {index: Promise<NewsIndex>; stale: boolean}}

// Pages and route handlers may be bundled as separate module instances: one process-wide slot keeps one index.
const SLOT = Symbol.for('labour-migration-news.search-index')
const slot: IndexSlot = ((globalThis as typeof globalThis & {[SLOT]?: IndexSlot})[SLOT] ??= {})

async function loadIndex(): Promise<NewsIndex> {
  const {documents, facets} = await fetchSearchDocuments()
  return buildNewsIndex(documents, facets)
}

/**
 * The index of the current content. Built on the first search (never at start-up, so pages that do not search
 * never wait for it); after a content change the old index keeps answering until the new one is ready.
 */
function newsIndex(): Promise<NewsIndex> {
  if (!slot.current) {
    const index = loadIndex()
    slot.current = {index, stale: false}
    index.catch(() => {
      if (slot.current?.index === index) slot.current = undefined
    })
    return index
  }
  if (slot.current.stale) {
    const previous = slot.current.index
    const next = loadIndex()
    slot.current = {index: previous, stale: false}
    next.then(
      () => {
        if (slot.current?.index === previous) slot.current = {index: next, stale: false}
      },
      () => {
        if (slot.current?.index === previous) slot.current = {index: previous, stale: true}
      },
    )
  }
  return slot.current.index
}

/** Content changed: the next search rebuilds the index (and answers from the old one until the new one is ready). */
export function invalidateSearchIndex(): void {
  if (slot.current) slot.current.stale = true
}

// The revalidation webhook announces every published change; any change to items, countries or topics matters here.
onContentChange(invalidateSearchIndex)

/** Searches the current content (see runSearch for what a search does). */
export async function searchNews(state: SearchState): Promise<SearchOutcome> {
  try {
    return runSearch(await newsIndex(), state)
  } catch (error) {
    if (error instanceof ContentUnavailableError) return sendToUnavailablePage()
    throw error
  }
}
