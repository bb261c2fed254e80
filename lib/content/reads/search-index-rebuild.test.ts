// Search after publishes: one index rebuild at a time, and a publish that lands during a rebuild still reaches search.
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest'
import {parseSearchParams} from '@/lib/search/search-params'
import {queryLocal} from '../source/local-source'
import {CONTENT_REVISION_QUERY, SEARCH_DOCUMENTS_QUERY} from '../queries'

/** What the source holds: a revision string and the headline of its first item, changed by "publishing". */
const source = {revision: 'r1', headline: 'Orchid harvest opens in the valley'}
/** Each read of every item (a rebuild), held until the test lets it finish. */
const loads: Array<{headline: string; finish: () => void}> = []

vi.mock('../source/fetch-content', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../source/fetch-content')>()
  return {
    ...actual,
    fetchPublishedContent: async (query: string, params?: Record<string, unknown>) => {
      if (query === CONTENT_REVISION_QUERY) return {count: 1, updatedAt: source.revision}
      const answer = await queryLocal(query, params)
      if (query !== SEARCH_DOCUMENTS_QUERY) return answer
      // The documents as they are when the read starts, delivered when the test says so.
      const headline = source.headline
      const [first, ...rest] = answer as Array<{title: string}>
      return new Promise((resolve) => loads.push({headline, finish: () => resolve([{...first, title: headline}, ...rest])}))
    },
  }
})

const {searchNews} = await import('./search-index')

async function found(words: string): Promise<boolean> {
  return (await searchNews(parseSearchParams({q: words}), 'en')).total > 0
}

/** A publish: the source changes, and the next revision check (at most every 2 s) can see it. */
function publish(revision: string, headline: string) {
  Object.assign(source, {revision, headline})
  vi.setSystemTime(Date.now() + 5_000)
}

/** Lets pending promise callbacks run. */
const settle = () => new Promise((resolve) => setImmediate(resolve))

beforeEach(() => vi.useFakeTimers({toFake: ['Date']}))
afterEach(() => vi.useRealTimers())

describe('search index rebuilds', () => {
  it('runs one rebuild at a time, and runs one more for a publish that landed during it', async () => {
    const first = found('orchid')
    await settle()
    loads.shift()!.finish()
    expect(await first).toBe(true)

    publish('r2', 'Mango exports reach record levels')
    expect(await found('mango')).toBe(false) // the old index answers while the new one is built
    expect(loads).toHaveLength(1)

    // Published while that rebuild runs: searches go on, and no second rebuild starts beside the first.
    publish('r3', 'Papaya growers sign seasonal agreement')
    for (let index = 0; index < 5; index++) await found('papaya')
    await settle()
    expect(loads).toHaveLength(1)

    loads.shift()!.finish()
    await settle()
    expect(await found('mango')).toBe(true)

    // The publish during the rebuild is not lost: the next search starts exactly one more rebuild, which has it.
    vi.setSystemTime(Date.now() + 5_000)
    await found('papaya')
    await settle()
    expect(loads.map((load) => load.headline)).toEqual(['Papaya growers sign seasonal agreement'])
    loads.shift()!.finish()
    await settle()
    expect(await found('papaya')).toBe(true)
    expect(await found('mango')).toBe(false)
  })
})
