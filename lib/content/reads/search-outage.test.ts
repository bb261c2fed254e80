// When the portal's database cannot be reached, a search is "content temporarily unavailable" (the 503 page and the
// API's 503, as for a Sanity outage), never an error page.
import {describe, expect, it, vi} from 'vitest'
import {parseSearchParams} from '@/lib/search/search-params'
import {ContentUnavailableError} from '../unavailable'
import {searchNews} from './search-index'

// A PostgreSQL server that is not there: nothing listens on port 9 of this machine.
vi.mock('@/lib/db/database', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/lib/db/database')>()
  return {...actual, getDatabase: () => actual.openDatabase({url: 'postgres://portal@127.0.0.1:9/postgres'})}
})

describe('searchNews while the database is down', () => {
  it('answers "content unavailable", which pages and the API turn into a 503', async () => {
    await expect(searchNews(parseSearchParams({q: 'migration'}), 'en')).rejects.toBeInstanceOf(ContentUnavailableError)
  })
})
