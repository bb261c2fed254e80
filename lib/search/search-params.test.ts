// /news parameters: shared URLs must give the same search, and bad values must be corrected, never fail.
import {describe, expect, it} from 'vitest'
import {parseQueryString, parseSearchParams, searchHref, searchQueryString} from './search-params'

describe('parseSearchParams', () => {
  it('reads a full search', () => {
    expect(
      parseSearchParams({q: ' recruitment  scams ', country: ['guatemala', 'mexico'], topic: 'covid-19', from: '2019-01-01', to: '2020-12-31', sort: 'oldest', page: '2'}),
    ).toEqual({q: 'recruitment scams', countries: ['guatemala', 'mexico'], topics: ['covid-19'], from: '2019-01-01', to: '2020-12-31', sort: 'oldest', page: 2})
  })

  it('defaults to newest first without a query and to relevance with one', () => {
    expect(parseSearchParams({}).sort).toBe('newest')
    expect(parseSearchParams({q: 'covid'}).sort).toBe('relevance')
    expect(parseSearchParams({sort: 'relevance'}).sort).toBe('newest')
    expect(parseSearchParams({q: 'covid', sort: 'bogus'}).sort).toBe('relevance')
  })

  it('cuts a query longer than 200 characters', () => {
    expect(parseSearchParams({q: 'a'.repeat(5000)}).q).toHaveLength(200)
  })

  it('swaps a reversed date range and drops impossible dates', () => {
    expect(parseSearchParams({from: '2020-12-31', to: '2020-01-01'})).toMatchObject({from: '2020-01-01', to: '2020-12-31'})
    expect(parseSearchParams({from: '2020-02-30', to: 'yesterday'})).toMatchObject({from: null, to: null})
  })

  it('turns bad page numbers into page 1', () => {
    for (const page of ['0', '-3', 'abc', '1.5', '', '99999999999999999999']) expect(parseSearchParams({page}).page, page).toBe(1)
    expect(parseSearchParams({page: ['3', '4']}).page).toBe(3)
  })

  it('keeps only slug-shaped filter values, once each', () => {
    expect(parseSearchParams({country: ['Mexico', 'mexico', '../etc', '"]*', 'el-salvador,guatemala']}).countries).toEqual(['mexico', 'el-salvador', 'guatemala'])
  })
})

describe('searchHref', () => {
  const state = parseSearchParams({q: 'covid', country: ['mexico', 'haiti'], page: '3'})

  it('round-trips through the URL', () => {
    expect(parseQueryString(searchQueryString(state))).toEqual(state)
  })

  it('goes back to page 1 when the search changes', () => {
    expect(searchHref(state, {countries: ['mexico']})).toBe('/news?q=covid&country=mexico')
    expect(searchHref(state, {q: ''})).toBe('/news?country=mexico&country=haiti')
  })
})
