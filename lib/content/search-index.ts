// The search index of the current content: fed by one GROQ query from the active source, rebuilt when content changes.
import 'server-only'
import {buildNewsIndex, runSearch, type NewsIndex, type SearchOutcome} from '@/lib/search/engine'
import type {SearchState} from '@/lib/search/params'
import {fetchContent} from './fetch-content'
import {SEARCH_DOCUMENTS_QUERY, SEARCH_FACETS_QUERY} from './queries'
import {typeTag} from './tags'

async function fetchSearchDocuments() {
  const tags = [typeTag('newsItem'), typeTag('country'), typeTag('tag')]
  const [documents, facets] = await Promise.all([fetchContent(SEARCH_DOCUMENTS_QUERY, {}, tags), fetchContent(SEARCH_FACETS_QUERY, {}, tags)])
  return {documents, facets}
}

let current: {index: Promise<NewsIndex>; stale: boolean} | undefined

async function loadIndex(): Promise<NewsIndex> {
  const {documents, facets} = await fetchSearchDocuments()
  return buildNewsIndex(documents, facets)
}

/**
 * The index of the current content. Built on the first search (never at start-up, so pages that do not search
 * never wait for it); after a content change the old index keeps answering until the new one is ready.
 */
function newsIndex(): Promise<NewsIndex> {
  if (!current) {
    const index = loadIndex()
    current = {index, stale: false}
    index.catch(() => {
      if (current?.index === index) current = undefined
    })
    return index
  }
  if (current.stale) {
    const previous = current.index
    const next = loadIndex()
    current = {index: previous, stale: false}
    next.then(
      () => {
        if (current?.index === previous) current = {index: next, stale: false}
      },
      () => {
        if (current?.index === previous) current = {index: previous, stale: true}
      },
    )
  }
  return current.index
}

/** Content changed (the revalidation webhook calls this): the next search rebuilds the index. */
export function invalidateSearchIndex(): void {
  if (current) current.stale = true
}

/** Searches the current content (see runSearch for what a search does). */
export async function searchNews(state: SearchState): Promise<SearchOutcome> {
  return runSearch(await newsIndex(), state)
}
