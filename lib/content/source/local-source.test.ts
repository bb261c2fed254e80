// Local mode holds one dataset per process, and its memo keeps what readers keep asking for: a flood of one-off queries
// (invented slugs) must not push it out.
import {describe, expect, it, vi} from 'vitest'
import {queryIndexed} from './local-query'
import {loadLocalDataset} from './local-dataset'
import {queryLocal} from './local-source'
import {COUNTRIES_QUERY, NEWS_ITEM_QUERY} from '../queries'

vi.mock('./local-query', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./local-query')>()
  return {...actual, queryIndexed: vi.fn(actual.queryIndexed)}
})

/** How many times the dataset was actually queried (a memo hit does not query). */
const evaluations = () => vi.mocked(queryIndexed).mock.calls.length

describe('queryLocal', () => {
  it('answers a query readers keep asking from memory while thousands of one-off queries come and go', async () => {
    await queryLocal(COUNTRIES_QUERY)
    let sharedQueried = 0
    for (let index = 1; index <= 5_000; index++) {
      await queryLocal(NEWS_ITEM_QUERY, {slug: `invented-${index}`})
      if (index % 500 === 0) {
        const before = evaluations()
        expect(await queryLocal(COUNTRIES_QUERY)).not.toHaveLength(0)
        sharedQueried += evaluations() - before
      }
    }
    expect(sharedQueried).toBe(0)
    // One-off answers are the ones that went: the first invented slug is queried again.
    const before = evaluations()
    await queryLocal(NEWS_ITEM_QUERY, {slug: 'invented-1'})
    expect(evaluations()).toBe(before + 1)
  })
})

describe('loadLocalDataset', () => {
  it('holds one dataset per process, though Next bundles pages, route handlers and instrumentation separately', async () => {
    const dataset = loadLocalDataset()
    vi.resetModules()
    const anotherBundle = await import('./local-dataset')
    expect(anotherBundle.loadLocalDataset()).toBe(dataset)
  })
})
