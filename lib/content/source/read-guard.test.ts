// A cached read is no query runner (security review 2026-12-05, N4): only a named query, known params, our tags.
import {describe, expect, it} from 'vitest'
import {checkedRead} from './read-guard'
import {COUNTRIES_QUERY, NEWS_ITEM_QUERY, SITE_SETTINGS_QUERY} from '../queries'

describe('a cached read', () => {
  it('takes a query by its name in queries.ts, with the params it uses and the project’s tags', () => {
    expect(checkedRead('NEWS_ITEM_QUERY', {slug: 'a-b', locale: 'en'}, ['news:a-b', 'all:news'])).toEqual({
      query: NEWS_ITEM_QUERY,
      params: {slug: 'a-b', locale: 'en'},
      tags: ['news:a-b', 'all:news'],
    })
    expect(checkedRead('COUNTRIES_QUERY', {locale: 'es'}, ['all:country'])?.query).toBe(COUNTRIES_QUERY)
    expect(checkedRead('SITE_SETTINGS_QUERY', {id: 'siteSettings'}, ['settings'])?.query).toBe(SITE_SETTINGS_QUERY)
    expect(checkedRead('COLLECTION_NEWS_QUERY', {id: 'country-mx', start: 10, end: 20, replaced: ['a', 'b.c'], locale: 'en'}, ['all:news'])).toBeDefined()
  })

  it('refuses GROQ text, unknown names, unknown or malformed params and foreign tags', () => {
    const review = '*[_id in path("drafts.**") || _type == "sanity.previewUrlSecret"]{_id, title, secret}'
    expect(checkedRead(review, {}, [])).toBeUndefined()
    expect(checkedRead('count(*[]{"a":*[]{"b":*[]}})', {}, [])).toBeUndefined()
    expect(checkedRead('toString', {}, [])).toBeUndefined()
    expect(checkedRead('__proto__', {}, [])).toBeUndefined()
    expect(checkedRead('NEWS_ITEM_QUERY', {slug: 'a', locale: 'en', extra: 1}, [])).toBeUndefined()
    expect(checkedRead('NEWS_ITEM_QUERY', {}, [])).toBeUndefined()
    expect(checkedRead('NEWS_ITEM_QUERY', {slug: {$ne: 1}, locale: 'en'}, [])).toBeUndefined()
    expect(checkedRead('NEWS_ITEM_QUERY', {slug: 'x'.repeat(500), locale: 'en'}, [])).toBeUndefined()
    expect(checkedRead('COLLECTION_QUERY', {type: 'sanity.previewUrlSecret', slug: 'a'}, [])).toBeUndefined()
    expect(checkedRead('COLLECTION_NEWS_QUERY', {id: 'x"] || true || ["', start: 0, end: 10, replaced: [], locale: 'en'}, [])).toBeUndefined()
    expect(checkedRead('COLLECTION_NEWS_QUERY', {id: 'x', start: 10_000_000, end: 10_000_010, replaced: [], locale: 'en'}, [])).toBeUndefined()
    expect(checkedRead('COUNTRIES_QUERY', {locale: 'fr'}, [])).toBeUndefined()
    expect(checkedRead('COUNTRIES_QUERY', {locale: 'en'}, ['sanity:s1:abc'])).toBeUndefined()
    expect(checkedRead('COUNTRIES_QUERY', {locale: 'en'}, 'all:country')).toBeUndefined()
    expect(checkedRead('COUNTRIES_QUERY', null, [])).toBeUndefined()
  })
})
