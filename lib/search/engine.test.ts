// The engine's word matching on items the bundled dataset lacks (Spanish text), and its bounds on work per query.
import {distance} from 'fastest-levenshtein'
import {describe, expect, it, vi} from 'vitest'
import {parseSearchParams} from './search-params'
import {SEARCH_PAGE_SIZE, buildNewsIndex, runSearch} from './engine'

// Counts the engine's edit-distance comparisons: the work a typo lookup does.
vi.mock('fastest-levenshtein', async (original) => {
  const real = await original<typeof import('fastest-levenshtein')>()
  return {...real, distance: vi.fn(real.distance)}
})

describe('buildNewsIndex', () => {
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
    const index = await buildNewsIndex(
      [
        document('es', 'es', '[Synthetic] Trabajadoras migrantes y contratación ética en México'),
        document('en', 'en', '[Synthetic] Migrant workers and ethical recruitment in Mexico'),
      ],
      {countries: [], topics: []},
    )
    const found = (q: string) => runSearch(index, parseSearchParams({q})).hits.map((hit) => hit._id)
    // Snowball's Spanish stems: a verb finds its noun, a masculine plural its feminine; English rules would not.
    expect(found('contratar')).toEqual(['es'])
    expect(found('trabajadores')).toEqual(['es'])
    expect(found('éticos')).toEqual(['es'])
    expect(found('recruitment')).toEqual(['en'])
    expect(found('workers')).toEqual(['en'])
    // A word both languages share reaches both; Spanish stop words ("y", "en") are not searched for.
    expect(found('mexico').sort()).toEqual(['en', 'es'])
    expect(found('migrantes y en').sort()).toEqual(['en', 'es'])
    const hit = runSearch(index, parseSearchParams({q: 'contratar'})).hits[0]!
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
    const index = await buildNewsIndex(
      [document('a', '[Synthetic] Trabajadores migrantes en México'), document('b', '[Synthetic] Migración laboral')],
      {countries: [], topics: []},
    )
    const found = (q: string) => runSearch(index, parseSearchParams({q})).hits.map((hit) => hit._id)
    expect(found('trabajador')).toEqual(['a'])
    expect(found('migracion')).toEqual(['b'])
    expect(found('mexico')).toEqual(['a'])
  })
})

describe('runSearch', () => {
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
    const index = await buildNewsIndex(
      [document('old', '2019-01-01', ['mexico']), document('new', '2021-01-01', ['mexico']), document('mid', '2020-01-01', ['haiti'])],
      {
        countries: [
          {name: 'Mexico', slug: 'mexico', isoCode: 'MX', region: 'North America'},
          {name: 'Haiti', slug: 'haiti', isoCode: 'HT', region: 'Caribbean'},
        ],
        topics: [],
      },
    )
    expect(runSearch(index, parseSearchParams({q: 'seasonal workers'})).hits.map((hit) => hit._id)).toEqual(['new', 'mid', 'old'])
    expect(runSearch(index, parseSearchParams({q: 'seasonal', country: 'mexico'})).hits.map((hit) => hit._id)).toEqual(['new', 'old'])
    expect(runSearch(index, parseSearchParams({q: 'seasonal', sort: 'oldest'})).hits.map((hit) => hit._id)).toEqual(['old', 'mid', 'new'])
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
    const index = await buildNewsIndex([document('evening', '2020-07-14T03:00:00Z'), document('next-morning', '2020-07-14T13:00:00Z')], {
      countries: [],
      topics: [],
    })
    const found = (from: string, to: string) => runSearch(index, parseSearchParams({from, to})).hits.map((hit) => hit._id)
    expect(found('2020-07-13', '2020-07-13')).toEqual(['evening'])
    expect(found('2020-07-14', '2020-07-14')).toEqual(['next-morning'])
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
    const inUtc = await buildNewsIndex(documents, {countries: [], topics: []}, 'UTC')
    const inCostaRica = await buildNewsIndex(documents, {countries: [], topics: []}, 'America/Costa_Rica')
    const found = (index: typeof inUtc) => runSearch(index, parseSearchParams({from: '2020-07-13', to: '2020-07-13'})).hits.map((hit) => hit._id)
    expect(found(inUtc)).toEqual([])
    expect(found(inCostaRica)).toEqual(['evening'])
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
    const index = await buildNewsIndex([document('a', '[Synthetic] alpha bravo charlie delta foxtrot hotel india juliett')], {
      countries: [],
      topics: [],
    })
    const found = (q: string) => runSearch(index, parseSearchParams({q})).hits.map((hit) => hit._id)
    expect(found('alpha bravo charlie delta foxtrot hotel india juliett')).toEqual(['a'])
    expect(found('alpha bravo charlie delta foxtrot hotel india juliett kilowatt')).toEqual(['a'])
    expect(found('alpha alpha bravo kilowatt')).toEqual([])
  })

  it('corrects typos in at most three words of a query', async () => {
    const index = await buildNewsIndex([document('a', '[Synthetic] Seasonal workers recruitment abroad')], {countries: [], topics: []})
    const found = (q: string) => runSearch(index, parseSearchParams({q})).hits.map((hit) => hit._id)
    expect(found('seasonol workars recruitmnet abroad')).toEqual(['a'])
    expect(found('seasonol workars recruitmnet abrood')).toEqual([])
  })

  it('looks typos up in an index of the vocabulary, not by comparing every word, and each repeated word once', async () => {
    const index = await buildNewsIndex([document('a', '[Synthetic] Seasonal workers', largeVocabulary)], {countries: [], topics: []})
    expect(index.vocabulary.length).toBeGreaterThan(20_000)
    const calls = vi.mocked(distance).mock.calls
    calls.length = 0
    const outcome = runSearch(index, parseSearchParams({q: `${'seasonol '.repeat(20)}workars`}))
    expect(outcome.hits.map((hit) => hit._id)).toEqual(['a'])
    expect(calls.length).toBeLessThan(500)
  })
})

describe('runSearch paging', () => {
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
    const index = await buildNewsIndex(documents, {countries: [], topics: []})
    const first = runSearch(index, parseSearchParams({}))
    const past = runSearch(index, parseSearchParams({page: '99'}))
    expect(first.page).toBe(1)
    expect(first.hits).toHaveLength(SEARCH_PAGE_SIZE)
    expect(past.page).toBe(2)
    expect(past.hits.map((hit) => hit._id)).toEqual(['item-4', 'item-3', 'item-2', 'item-1', 'item-0'])
    expect(runSearch(index, parseSearchParams({page: '2'})).hits).toEqual(past.hits)
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

  async function searchIn(facetNames: Parameters<typeof buildNewsIndex>[3]) {
    const index = await buildNewsIndex(documents, spanish, 'UTC', facetNames)
    return (q: string) => runSearch(index, parseSearchParams({q})).hits.map((hit) => hit._id)
  }

  it('finds English items by their topics’ and countries’ Spanish names, and by the English ones', async () => {
    const found = await searchIn([
      {language: 'en', facets: english},
      {language: 'es', facets: spanish},
    ])
    // Spanish stems: "trabajadores" also finds "Permisos de trabajo" (both "trabaj").
    expect(found('trabajadores').sort()).toEqual(['permits', 'rights'])
    expect(found('reclutamiento ético')).toEqual(['recruitment'])
    expect(found('contratación ética')).toEqual(['recruitment'])
    expect(found('ethical recruitment')).toEqual(['recruitment'])
    expect(found('méxico')).toEqual(['permits'])
    // A headline outranks a topic name: the item titled with the words comes first.
    expect(found('permisos de trabajo')).toEqual(['headline', 'permits'])
  })

  it('finds nothing by a topic name when names are not indexed (the gap this closes)', async () => {
    const found = await searchIn([])
    expect(found('trabajadores')).toEqual([])
    expect(found('reclutamiento ético')).toEqual([])
    expect(found('permisos de trabajo')).toEqual(['headline'])
  })
})
