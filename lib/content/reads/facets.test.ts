// The one-pass counts behind the key figures, charts and index pages.
import {describe, expect, it} from 'vitest'
import {byCount, summariseFacets} from './facets'

const rows = [
  {publishedAt: '2020-07-13T12:00:00.000Z', countryIds: ['country-sv'], topicIds: ['tag-a', 'tag-b']},
  {publishedAt: '2018-01-02T12:00:00.000Z', countryIds: ['country-sv', 'country-gt'], topicIds: ['tag-a']},
  {publishedAt: '2020-01-13T12:00:00.000Z', countryIds: null, topicIds: ['tag-b', 'tag-b']},
  {publishedAt: 'not a date', countryIds: ['country-gt'], topicIds: null},
]

describe('summariseFacets', () => {
  it('counts items, first and latest dates, and every year between them', () => {
    const summary = summariseFacets(rows)
    expect(summary.count).toBe(4)
    expect(summary.first).toBe('2018-01-02T12:00:00.000Z')
    expect(summary.latest).toBe('2020-07-13T12:00:00.000Z')
    expect(summary.perYear).toEqual([
      {year: 2018, count: 1},
      {year: 2019, count: 0},
      {year: 2020, count: 2},
    ])
  })

  it('counts each country and topic once per item and keeps their latest date', () => {
    const summary = summariseFacets(rows)
    expect(Object.fromEntries(summary.byCountry)).toEqual({'country-sv': 2, 'country-gt': 2})
    expect(Object.fromEntries(summary.byTopic)).toEqual({'tag-a': 2, 'tag-b': 2})
    expect(summary.latestByCountry.get('country-gt')).toBe('2018-01-02T12:00:00.000Z')
    expect(summary.latestByTopic.get('tag-b')).toBe('2020-07-13T12:00:00.000Z')
  })

  it('counts each item in its year in the office’s time zone, not in UTC', () => {
    // 02:30 UTC on 1 January 2021 is still 31 December 2020 in San José (UTC−6); 07:00 UTC is 1 January there too.
    const newYear = [
      {publishedAt: '2021-01-01T02:30:00.000Z', countryIds: null, topicIds: null},
      {publishedAt: '2021-01-01T07:00:00.000Z', countryIds: null, topicIds: null},
    ]
    expect(summariseFacets(newYear, 'America/Costa_Rica').perYear).toEqual([
      {year: 2020, count: 1},
      {year: 2021, count: 1},
    ])
    expect(summariseFacets(newYear, 'UTC').perYear).toEqual([{year: 2021, count: 2}])
  })

  it('counts the last and first hours of a year in the year of zones furthest from UTC on either side', () => {
    const edges = ['2020-12-31T09:59:00.000Z', '2020-12-31T10:00:00.000Z', '2021-01-01T10:59:00.000Z', '2021-01-01T11:00:00.000Z']
    const yearsIn = (timeZone: string) =>
      edges.map((publishedAt) => summariseFacets([{publishedAt, countryIds: null, topicIds: null}], timeZone).perYear.map((entry) => entry.year))
    // Kiritimati is UTC+14, Pago Pago UTC−11.
    expect(yearsIn('Pacific/Kiritimati')).toEqual([[2020], [2021], [2021], [2021]])
    expect(yearsIn('Pacific/Pago_Pago')).toEqual([[2020], [2020], [2020], [2021]])
  })

  it('has no dates or years when there are no items', () => {
    expect(summariseFacets([])).toMatchObject({count: 0, first: null, latest: null, perYear: []})
  })
})

describe('byCount', () => {
  it('orders by count, then id', () => {
    const counts = new Map([
      ['b', 2],
      ['a', 2],
      ['c', 5],
      ['d', 1],
    ])
    expect(byCount(counts)).toEqual([
      {id: 'c', count: 5},
      {id: 'a', count: 2},
      {id: 'b', count: 2},
      {id: 'd', count: 1},
    ])
  })
})
