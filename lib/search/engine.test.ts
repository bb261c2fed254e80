// The engine's word matching on items the bundled dataset lacks (Spanish text), built in memory.
import {describe, expect, it, vi} from 'vitest'
import {parseSearchParams} from './params'
import {buildNewsIndex, runSearch} from './engine'

describe('buildNewsIndex', () => {
  it('matches Spanish plurals and accents in both directions', async () => {
    const document = (id: string, title: string) => ({_id: id, title, slug: id, publishedAt: '2024-01-01T00:00:00Z', place: null, summary: '', body: '', countries: [], topics: []})
    const index = await buildNewsIndex([document('a', '[Synthetic] Trabajadores migrantes en México'), document('b', '[Synthetic] Migración laboral')], {countries: [], topics: []})
    const found = (q: string) => runSearch(index, parseSearchParams({q})).hits.map((hit) => hit._id)
    expect(found('trabajador')).toEqual(['a'])
    expect(found('migracion')).toEqual(['b'])
    expect(found('mexico')).toEqual(['a'])
  })
})

describe('runSearch', () => {
  it('puts equally good matches newest first', async () => {
    const document = (id: string, day: string, countries: string[]) => ({_id: id, title: '[Synthetic] Seasonal workers', slug: id, publishedAt: `${day}T00:00:00Z`, place: null, summary: '', body: '', countries, topics: []})
    const index = await buildNewsIndex(
      [document('old', '2019-01-01', ['mexico']), document('new', '2021-01-01', ['mexico']), document('mid', '2020-01-01', ['haiti'])],
      {countries: [{name: 'Mexico', slug: 'mexico', isoCode: 'MX', region: 'North America'}, {name: 'Haiti', slug: 'haiti', isoCode: 'HT', region: 'Caribbean'}], topics: []},
    )
    expect(runSearch(index, parseSearchParams({q: 'seasonal workers'})).hits.map((hit) => hit._id)).toEqual(['new', 'mid', 'old'])
    expect(runSearch(index, parseSearchParams({q: 'seasonal', country: 'mexico'})).hits.map((hit) => hit._id)).toEqual(['new', 'old'])
    expect(runSearch(index, parseSearchParams({q: 'seasonal', sort: 'oldest'})).hits.map((hit) => hit._id)).toEqual(['old', 'mid', 'new'])
  })
})

describe('date filters', () => {
  it('take the days readers see (the office time zone): an item shown as 13 July is found from and to 13 July', async () => {
    vi.stubEnv('NEXT_PUBLIC_SITE_TIME_ZONE', 'America/Costa_Rica')
    const document = (id: string, publishedAt: string) => ({_id: id, title: '[Synthetic] Seasonal workers', slug: id, publishedAt, place: null, summary: '', body: '', countries: [], topics: []})
    // 03:00 UTC on the 14th is 21:00 on the 13th in Costa Rica; 07:00 UTC on the 14th is already the 14th there.
    const index = await buildNewsIndex([document('evening', '2020-07-14T03:00:00Z'), document('next-morning', '2020-07-14T13:00:00Z')], {countries: [], topics: []})
    const found = (from: string, to: string) => runSearch(index, parseSearchParams({from, to})).hits.map((hit) => hit._id)
    expect(found('2020-07-13', '2020-07-13')).toEqual(['evening'])
    expect(found('2020-07-14', '2020-07-14')).toEqual(['next-morning'])
    vi.unstubAllEnvs()
  })
})
