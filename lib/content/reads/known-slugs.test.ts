// Invented addresses cost no query: an unknown slug is answered from the list of published slugs, a known one still is read.
import {describe, expect, it, vi} from 'vitest'
import {getCollection} from './collections'
import {queryIndexed} from '../source/local-query'
import {getNewsItem} from './news'
import {SLUG_BUCKETS, slugBucket, spreadOverBuckets, textHoldsSlug} from './known-slugs'

vi.mock('../source/local-query', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../source/local-query')>()
  return {...actual, queryIndexed: vi.fn(actual.queryIndexed)}
})

/** The slugs the dataset was queried for, one per query that named a slug. */
function queriedSlugs(): unknown[] {
  return vi.mocked(queryIndexed).mock.calls.flatMap(([, , params]) => (params && 'slug' in params ? [params.slug] : []))
}

const ITEM = 'guatemala-raises-awareness-about-recruitment-scams'

describe('unknown slugs', () => {
  it('answer null without a query of their own, for items, countries and topics alike', async () => {
    const invented = Array.from({length: 50}, (_, index) => `invented-slug-${index}`)
    for (const slug of invented) {
      expect(await getNewsItem(slug)).toBeNull()
      expect(await getCollection('country', slug)).toBeNull()
      expect(await getCollection('topic', slug)).toBeNull()
    }
    expect(await getNewsItem('Not A Slug <x>')).toBeNull()
    expect(queriedSlugs().filter((slug) => typeof slug === 'string' && (slug.startsWith('invented-') || slug.includes('<')))).toEqual([])
  })

  it('leave known slugs to their own read', async () => {
    expect((await getNewsItem(ITEM))?.slug).toBe(ITEM)
    expect((await getCollection('country', 'guatemala'))?.slug).toBe('guatemala')
    expect((await getCollection('topic', 'covid-19'))?.slug).toBe('covid-19')
    expect(queriedSlugs()).toEqual(expect.arrayContaining([ITEM, 'guatemala', 'covid-19']))
  })

  it('are still asked for in a draft preview, where an unpublished draft has a slug no published list holds', async () => {
    expect(await getNewsItem('a-draft-not-yet-published', {perspective: 'drafts', stega: false, locale: 'en'})).toBeNull()
    expect(queriedSlugs()).toContain('a-draft-not-yet-published')
  })
})

describe('the text of published item slugs', () => {
  const text = 'guatemala-news mexico-news-2 news'

  it('holds a slug only as a whole word of it, first, last or between others', () => {
    for (const slug of ['guatemala-news', 'mexico-news-2', 'news']) expect(textHoldsSlug(text, slug)).toBe(true)
    for (const slug of ['guatemala', 'mexico-news', 'news-2', 'ews', 'guatemala-news mexico-news-2', '']) expect(textHoldsSlug(text, slug)).toBe(false)
  })

  it('holds nothing when there are no items', () => {
    expect(textHoldsSlug(null, 'news')).toBe(false)
    expect(textHoldsSlug('', 'news')).toBe(false)
  })
})

describe('the buckets the published slugs are kept in', () => {
  it('puts every slug in one of a fixed number of buckets, always the same, and spreads many slugs over all of them', () => {
    const slugs = Array.from({length: 5_000}, (_, index) => `synthetic-item-${index}`)
    const buckets = slugs.map(slugBucket)
    expect(buckets.every((bucket) => Number.isInteger(bucket) && bucket >= 0 && bucket < SLUG_BUCKETS)).toBe(true)
    expect(slugs.map(slugBucket)).toEqual(buckets)
    expect(new Set(buckets).size).toBe(SLUG_BUCKETS)
  })

  it('are split from the list at once, each slug found in its own bucket and in no other', () => {
    const slugs = Array.from({length: 5_000}, (_, index) => `synthetic-item-${index}`)
    const texts = spreadOverBuckets(slugs.join(' '))
    expect(texts).toHaveLength(SLUG_BUCKETS)
    for (const slug of slugs) {
      expect(texts.filter((text) => textHoldsSlug(text, slug))).toEqual([texts[slugBucket(slug)]])
    }
    expect(spreadOverBuckets('')).toEqual(Array.from({length: SLUG_BUCKETS}, () => ''))
  })
})
