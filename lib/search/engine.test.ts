// The engine's word matching on items the bundled dataset lacks (Spanish text), and its bounds on work per query, on
// the stored index (PGlite in memory, one generation written per test index).
import {distance} from 'fastest-levenshtein'
import {afterAll, beforeAll, describe, expect, it, vi} from 'vitest'
import {openDatabase, type Database} from '@/lib/db/database'
import {siteTimeZone} from '@/lib/format/dates'
import type {SEARCH_DOCUMENTS_QUERY_RESULT, SEARCH_FACETS_QUERY_RESULT} from '@/sanity.types'
import {parseSearchParams, type SearchState} from './search-params'
import {SEARCH_PAGE_SIZE, type FacetNames, type SearchOutcome} from './engine'
import {searchStored, warmIndex, writeIndex} from './stored-index'

// Counts the engine's edit-distance comparisons: the work a typo lookup does.
vi.mock('fastest-levenshtein', async (original) => {
  const real = await original<typeof import('fastest-levenshtein')>()
  return {...real, distance: vi.fn(real.distance)}
})

let db: Database
let revision = 0

beforeAll(async () => {
  db = await openDatabase({dataDir: 'memory://'})
})

afterAll(async () => {
  await db?.close()
})

type TestIndex = {locale: string}

/** Writes the documents as the current index; its facets' labels are `facets`, its names those of `facetNames`. */
async function buildIndex(
  documents: SEARCH_DOCUMENTS_QUERY_RESULT,
  facets: SEARCH_FACETS_QUERY_RESULT,
  timeZone: string = siteTimeZone(),
  facetNames?: FacetNames[],
): Promise<TestIndex> {
  const names = facetNames ?? [{language: 'en', facets}]
  const locale = names.find((entry) => entry.facets === facets)?.language ?? 'en'
  const withLabels = names.some((entry) => entry.facets === facets) ? names : [...names, {language: 'en' as const, facets}]
  revision += 1
  await writeIndex(db, {documents, facetNames: withLabels, timeZone, hiddenIn: new Map()}, `test-${revision}`)
  await warmIndex(db)
  return {locale}
}

async function runSearch(index: TestIndex, state: SearchState): Promise<SearchOutcome> {
  return (await searchStored(db, state, index.locale))!
}

describe('the index', () => {
  it('matches Spanish items by Spanish stems and stop words, English items by English rules, whatever the query language', async () => {
    const document = (id: string, language: 'en' | 'es', title: string) => ({
      _id: id,
      language,
      title,
      slug: id,
      publishedAt: '2024-01-01T00:00:00Z',
      place: null,
      summary: '',
      body: '',
      countries: [],
      topics: [],
      image: null,
    })
    const index = await buildIndex(
      [
        document('es', 'es', '[Synthetic] Trabajadoras migrantes y contratación ética en México'),
        document('en', 'en', '[Synthetic] Migrant workers and ethical recruitment in Mexico'),
      ],
      {countries: [], topics: []},
    )
    const found = async (q: string) => (await runSearch(index, parseSearchParams({q}))).hits.map((hit) => hit._id)
    // Snowball's Spanish stems: a verb finds its noun, a masculine plural its feminine; English rules would not.
    expect(await found('contratar')).toEqual(['es'])
    expect(await found('trabajadores')).toEqual(['es'])
    expect(await found('éticos')).toEqual(['es'])
    expect(await found('recruitment')).toEqual(['en'])
    expect(await found('workers')).toEqual(['en'])
    // A word both languages share reaches both; Spanish stop words ("y", "en") are not searched for.
    expect((await found('mexico')).sort()).toEqual(['en', 'es'])
    expect((await found('migrantes y en')).sort()).toEqual(['en', 'es'])
    const hit = (await runSearch(index, parseSearchParams({q: 'contratar'}))).hits[0]!
    expect(hit.language).toBe('es')
    expect(hit.matchedTerms).toContain('es:contrat')
  })

  it('matches Spanish plurals and accents in both directions', async () => {
    const document = (id: string, title: string) => ({
      _id: id,
      language: 'en' as const,
      title,
      slug: id,
      publishedAt: '2024-01-01T00:00:00Z',
      place: null,
      summary: '',
      body: '',
      countries: [],
      topics: [],
      image: null,
    })
    const index = await buildIndex(
      [document('a', '[Synthetic] Trabajadores migrantes en México'), document('b', '[Synthetic] Migración laboral')],
      {countries: [], topics: []},
    )
    const found = async (q: string) => (await runSearch(index, parseSearchParams({q}))).hits.map((hit) => hit._id)
    expect(await found('trabajador')).toEqual(['a'])
    expect(await found('migracion')).toEqual(['b'])
    expect(await found('mexico')).toEqual(['a'])
  })
})

describe('ranking', () => {
  it('puts equally good matches newest first', async () => {
    const document = (id: string, day: string, countries: string[]) => ({
      _id: id,
      language: 'en' as const,
      title: '[Synthetic] Seasonal workers',
      slug: id,
      publishedAt: `${day}T00:00:00Z`,
      place: null,
      summary: '',
      body: '',
      countries,
      topics: [],
      image: null,
    })
    const index = await buildIndex(
      [document('old', '2019-01-01', ['mexico']), document('new', '2021-01-01', ['mexico']), document('mid', '2020-01-01', ['haiti'])],
      {
        countries: [
          {name: 'Mexico', slug: 'mexico', isoCode: 'MX', region: 'North America'},
          {name: 'Haiti', slug: 'haiti', isoCode: 'HT', region: 'Caribbean'},
        ],
        topics: [],
      },
    )
    expect((await runSearch(index, parseSearchParams({q: 'seasonal workers'}))).hits.map((hit) => hit._id)).toEqual(['new', 'mid', 'old'])
    expect((await runSearch(index, parseSearchParams({q: 'seasonal', country: 'mexico'}))).hits.map((hit) => hit._id)).toEqual(['new', 'old'])
    expect((await runSearch(index, parseSearchParams({q: 'seasonal', sort: 'oldest'}))).hits.map((hit) => hit._id)).toEqual(['old', 'mid', 'new'])
  })
})

describe('date filters', () => {
  it('take the days readers see (the office time zone): an item shown as 13 July is found from and to 13 July', async () => {
    vi.stubEnv('NEXT_PUBLIC_SITE_TIME_ZONE', 'America/Costa_Rica')
    const document = (id: string, publishedAt: string) => ({
      _id: id,
      language: 'en' as const,
      title: '[Synthetic] Seasonal workers',
      slug: id,
      publishedAt,
      place: null,
      summary: '',
      body: '',
      countries: [],
      topics: [],
      image: null,
    })
    // 03:00 UTC on the 14th is 21:00 on the 13th in Costa Rica; 07:00 UTC on the 14th is already the 14th there.
    const index = await buildIndex([document('evening', '2020-07-14T03:00:00Z'), document('next-morning', '2020-07-14T13:00:00Z')], {
      countries: [],
      topics: [],
    })
    const found = async (from: string, to: string) => (await runSearch(index, parseSearchParams({from, to}))).hits.map((hit) => hit._id)
    expect(await found('2020-07-13', '2020-07-13')).toEqual(['evening'])
    expect(await found('2020-07-14', '2020-07-14')).toEqual(['next-morning'])
    vi.unstubAllEnvs()
  })

  it('take the zone of the site settings when one is given', async () => {
    const document = (id: string, publishedAt: string) => ({
      _id: id,
      language: 'en' as const,
      title: '[Synthetic] Seasonal workers',
      slug: id,
      publishedAt,
      place: null,
      summary: '',
      body: '',
      countries: [],
      topics: [],
      image: null,
    })
    // 03:00 UTC on the 14th is already the 14th in UTC, and still the 13th in Costa Rica.
    const documents = [document('evening', '2020-07-14T03:00:00Z')]
    const found = async (index: TestIndex) => (await runSearch(index, parseSearchParams({from: '2020-07-13', to: '2020-07-13'}))).hits.map((hit) => hit._id)
    expect(await found(await buildIndex(documents, {countries: [], topics: []}, 'UTC'))).toEqual([])
    expect(await found(await buildIndex(documents, {countries: [], topics: []}, 'America/Costa_Rica'))).toEqual(['evening'])
  })
})

describe('bounded work per query (security review 2026-11-30, finding 3)', () => {
  const document = (id: string, title: string, body = '') => ({
    _id: id,
    language: 'en' as const,
    title,
    slug: id,
    publishedAt: '2024-01-01T00:00:00Z',
    place: null,
    summary: '',
    body,
    countries: [],
    topics: [],
    image: null,
  })
  /** 20,000 distinct made-up words ("waaaax", "waaabx", …), as in a large archive full of names and numbers. */
  const largeVocabulary = Array.from(
    {length: 20_000},
    (_, number) =>
      `w${number
        .toString(26)
        .padStart(4, '0')
        .replace(/[0-9a-p]/g, (digit) => String.fromCharCode(97 + parseInt(digit, 26)))}x`,
  ).join(' ')

  it('counts only the first eight distinct words of a long query', async () => {
    const index = await buildIndex([document('a', '[Synthetic] alpha bravo charlie delta foxtrot hotel india juliett')], {
      countries: [],
      topics: [],
    })
    const found = async (q: string) => (await runSearch(index, parseSearchParams({q}))).hits.map((hit) => hit._id)
    expect(await found('alpha bravo charlie delta foxtrot hotel india juliett')).toEqual(['a'])
    expect(await found('alpha bravo charlie delta foxtrot hotel india juliett kilowatt')).toEqual(['a'])
    expect(await found('alpha alpha bravo kilowatt')).toEqual([])
  })

  it('corrects typos in at most three words of a query', async () => {
    const index = await buildIndex([document('a', '[Synthetic] Seasonal workers recruitment abroad')], {countries: [], topics: []})
    const found = async (q: string) => (await runSearch(index, parseSearchParams({q}))).hits.map((hit) => hit._id)
    expect(await found('seasonol workars recruitmnet abroad')).toEqual(['a'])
    expect(await found('seasonol workars recruitmnet abrood')).toEqual([])
  })

  it('looks typos up in an index of the vocabulary, not by comparing every word, and each repeated word once', async () => {
    const index = await buildIndex([document('a', '[Synthetic] Seasonal workers', largeVocabulary)], {countries: [], topics: []})
    const {rows} = await db.query<{words: number}>('SELECT count(*)::int AS words FROM search_postings WHERE generation = (SELECT generation FROM search_state)')
    expect(rows[0]!.words).toBeGreaterThan(20_000)
    const calls = vi.mocked(distance).mock.calls
    calls.length = 0
    const outcome = await runSearch(index, parseSearchParams({q: `${'seasonol '.repeat(20)}workars`}))
    expect(outcome.hits.map((hit) => hit._id)).toEqual(['a'])
    expect(calls.length).toBeLessThan(500)
  })
})

describe('paging', () => {
  it('gives the last page for a page past the end, and each page its own items', async () => {
    // Enough items for a second, partial page (the bundled dataset fits on one).
    const count = SEARCH_PAGE_SIZE + 5
    const documents = Array.from({length: count}, (_, index) => ({
      _id: `item-${index}`,
      language: 'en' as const,
      title: `[Synthetic] Labour migration item ${index}`,
      slug: `item-${index}`,
      publishedAt: new Date(Date.UTC(2024, 0, 1 + index)).toISOString(),
      place: null,
      summary: '',
      body: '',
      countries: [],
      topics: [],
      image: null,
    }))
    const index = await buildIndex(documents, {countries: [], topics: []})
    const first = await runSearch(index, parseSearchParams({}))
    const past = await runSearch(index, parseSearchParams({page: '99'}))
    expect(first.page).toBe(1)
    expect(first.hits).toHaveLength(SEARCH_PAGE_SIZE)
    expect(past.page).toBe(2)
    expect(past.hits.map((hit) => hit._id)).toEqual(['item-4', 'item-3', 'item-2', 'item-1', 'item-0'])
    expect((await runSearch(index, parseSearchParams({page: '2'}))).hits).toEqual(past.hits)
  })
})

describe('search across the language gap', () => {
  const item = (id: string, title: string, topics: string[], countries: string[] = []) => ({
    _id: id,
    language: 'en' as const,
    title,
    slug: id,
    publishedAt: '2024-01-01T00:00:00Z',
    place: null,
    summary: '',
    body: '',
    countries,
    topics,
    image: null,
  })
  const english = {
    countries: [{name: 'Mexico', slug: 'mexico', isoCode: 'MX', region: null}],
    topics: [
      {title: 'Migrant workers’ rights', slug: 'migrant-workers-rights'},
      {title: 'Ethical recruitment', slug: 'ethical-recruitment'},
      {title: 'Work permits', slug: 'work-permits'},
    ],
  }
  const spanish = {
    countries: [{name: 'México', slug: 'mexico', isoCode: 'MX', region: null}],
    topics: [
      // The bundled dataset's Spanish names: "reclutamiento ético" must reach "Contratación ética" too.
      {title: 'Derechos de las personas trabajadoras migrantes', slug: 'migrant-workers-rights'},
      {title: 'Contratación ética', slug: 'ethical-recruitment'},
      {title: 'Permisos de trabajo', slug: 'work-permits'},
    ],
  }
  const documents = [
    item('rights', '[Synthetic] Harvest season brings new arrivals', ['migrant-workers-rights']),
    item('recruitment', '[Synthetic] Agencies sign a pledge', ['ethical-recruitment']),
    item('permits', '[Synthetic] New rules for employers', ['work-permits'], ['mexico']),
    item('headline', '[Synthetic] Permisos de trabajo: what changes', []),
    item('other', '[Synthetic] Remittances rise again', []),
  ]

  async function searchIn(facetNames: FacetNames[]) {
    const index = await buildIndex(documents, spanish, 'UTC', facetNames)
    return async (q: string) => (await runSearch(index, parseSearchParams({q}))).hits.map((hit) => hit._id)
  }

  it('finds English items by their topics’ and countries’ Spanish names, and by the English ones', async () => {
    const found = await searchIn([
      {language: 'en', facets: english},
      {language: 'es', facets: spanish},
    ])
    // Spanish stems: "trabajadores" also finds "Permisos de trabajo" (both "trabaj").
    expect((await found('trabajadores')).sort()).toEqual(['permits', 'rights'])
    expect(await found('reclutamiento ético')).toEqual(['recruitment'])
    expect(await found('contratación ética')).toEqual(['recruitment'])
    expect(await found('ethical recruitment')).toEqual(['recruitment'])
    expect(await found('méxico')).toEqual(['permits'])
    // A headline outranks a topic name: the item titled with the words comes first.
    expect(await found('permisos de trabajo')).toEqual(['headline', 'permits'])
  })
})
