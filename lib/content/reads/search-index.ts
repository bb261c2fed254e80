// Search over the stored index (lib/search/stored-index.ts), which every instance shares: kept up to date by
// search-sync.ts (at start and on publish), read per search, country and topic names in the reader's language.
import 'server-only'
import {getDatabase, isDatabaseUnreachable} from '@/lib/db/database'
import type {Locale} from '@/lib/i18n/routing'
import type {SearchState} from '@/lib/search/search-params'
import {indexVersion, searchStored} from '@/lib/search/stored-index'
import type {SearchOutcome} from '@/lib/search/engine'
import {ContentUnavailableError} from '../unavailable'
import {startSearchSync} from './search-sync'

/** How long a search waits for the start's sync (usually a revision check that finds the index current). */
const START_WAIT_MS = 5_000

/**
 * Searches the published content (see selectPage for filters, facets and paging). When the database cannot be reached,
 * the search is "content temporarily unavailable": pages and the API answer 503, as when Sanity is down.
 */
export async function searchNews(state: SearchState, locale: Locale, pageSize?: number): Promise<SearchOutcome> {
  return orUnreachable(() => searchIndex(state, locale, pageSize))
}

/**
 * The index version a search would read now (its generation and version as one key); null until the start's sync is
 * done (the index may be about to change).
 */
export async function searchIndexVersion(): Promise<string | null> {
  if (startSearchSync().state === 'running') return null
  return orUnreachable(async () => indexVersion(await getDatabase()))
}

async function orUnreachable<Result>(read: () => Promise<Result>): Promise<Result> {
  try {
    return await read()
  } catch (error) {
    if (!isDatabaseUnreachable(error)) throw error
    console.error(`[search] the database cannot be reached: ${(error as {code?: string}).code ?? (error as Error).message}`)
    throw new ContentUnavailableError('SEARCH_INDEX')
  }
}

async function searchIndex(state: SearchState, locale: Locale, pageSize?: number): Promise<SearchOutcome> {
  const db = await getDatabase()
  const start = startSearchSync()
  // Until the start's sync is done, a search waits for it a little, so it answers from the content as it is now; after
  // that, or if the sync fails, the index already committed answers.
  if (start.state === 'running') {
    let timer: NodeJS.Timeout | undefined
    await Promise.race([start.promise.catch(() => false), new Promise((resolve) => (timer = setTimeout(resolve, START_WAIT_MS)))])
    clearTimeout(timer)
  }
  const outcome = await searchStored(db, state, locale, pageSize)
  if (outcome) return outcome
  // Only before any index was ever written does a search wait for the first one (its error, if any, is the page's).
  await start.promise
  const written = await searchStored(db, state, locale, pageSize)
  if (!written) throw new Error('The search index was not written')
  return written
}
