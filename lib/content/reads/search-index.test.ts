// Search on the bundled dataset, as a reader would judge it: the right items, in the right order.
import {describe, expect, it, vi} from 'vitest'
import {parseSearchParams} from '@/lib/search/search-params'
import {searchNews} from './search-index'

// The process's database, in memory: the first search writes the index there, as on a fresh install.
vi.mock('@/lib/db/database', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/lib/db/database')>()
  const db = actual.openDatabase({dataDir: 'memory://'})
  return {...actual, getDatabase: () => db}
})

async function titles(params: Record<string, string | string[]>) {
  const outcome = await searchNews(parseSearchParams(params), 'en')
  return outcome.hits.map((hit) => hit.title)
}

const GUATEMALA_SCAMS = 'Guatemala raises awareness about recruitment scams'
const EL_SALVADOR_TRAINING = 'The National Department of Employment in El Salvador receives training on ethical recruitment of migrants'
const COSTA_RICA_PERMITS = 'IOM promotes improvements to the work permit system for foreigners in Costa Rica'
const CREOLE_POSTERS = "IOM produces Creole-language posters for the prevention of COVID-19 in the Dominican Republic's private sector"
const PANDEMIC_SURVEY = 'IOM launches survey to understand how the pandemic has affected migrants in the Latin American region'
const MEXICALI_TRAINING = 'Government and private sector to be trained to include migrants in post COVID-19 economic recovery'
const EMPLOYER_GUIDANCE = 'IOM Releases Guidance for Employers and Businesses on Protection of Migrant Workers During the COVID-19 Crisis'

describe('searchNews on the bundled dataset', () => {
  it('lists everything newest first without a query', async () => {
    const all = await titles({})
    expect(all).toHaveLength(10)
    expect(all[0]).toBe(EL_SALVADOR_TRAINING)
    expect(all[9]).toBe(GUATEMALA_SCAMS)
    expect((await titles({sort: 'oldest'}))[0]).toBe(GUATEMALA_SCAMS)
  })

  it('puts the Guatemala scams item first for "recruitment scams"', async () => {
    expect((await titles({q: 'recruitment scams'}))[0]).toBe(GUATEMALA_SCAMS)
  })

  it('finds every COVID-19 item for "COVID", headline matches above the lead-only match', async () => {
    // Three headline matches, newest first, then the one match in a lead.
    expect(await titles({q: 'COVID'})).toEqual([CREOLE_POSTERS, MEXICALI_TRAINING, EMPLOYER_GUIDANCE, PANDEMIC_SURVEY])
  })

  it('matches prefixes, any case, and typos in longer words', async () => {
    const recruitment = [EL_SALVADOR_TRAINING, GUATEMALA_SCAMS]
    expect(await titles({q: 'recruit'})).toEqual(recruitment)
    expect(await titles({q: 'RECRUITMENT'})).toEqual(recruitment)
    expect(await titles({q: 'recruitmnet'})).toEqual(recruitment)
  })

  it('ignores accents and plurals', async () => {
    expect(await titles({q: 'México'})).toEqual(await titles({q: 'mexico'}))
    expect(await titles({q: 'México'})).toHaveLength(3)
    expect(await titles({q: 'permit'})).toEqual([COSTA_RICA_PERMITS])
    expect(await titles({q: 'permits'})).toEqual([COSTA_RICA_PERMITS])
  })

  it('ranks a headline match above a lead match, and breaks ties by date', async () => {
    // "pandemic" is in the survey's headline and in the employer guidance's lead.
    expect(await titles({q: 'pandemic'})).toEqual([PANDEMIC_SURVEY, EMPLOYER_GUIDANCE])
  })

  it('combines countries with OR, and different filters with AND', async () => {
    expect(await titles({country: ['guatemala', 'costa-rica']})).toEqual([
      COSTA_RICA_PERMITS,
      'Check out 5 findings from IOM and ILO’s study of labor market information systems in Mexico, El Salvador, Guatemala, and Honduras',
      GUATEMALA_SCAMS,
    ])
    expect(await titles({country: 'guatemala', topic: 'recruitment-scams'})).toEqual([GUATEMALA_SCAMS])
    expect(await titles({topic: 'covid-19', from: '2020-05-01', to: '2020-05-31'})).toEqual([PANDEMIC_SURVEY, MEXICALI_TRAINING])
  })

  it('counts each facet with the other filters applied, not its own', async () => {
    const outcome = await searchNews(parseSearchParams({q: 'covid', country: 'mexico'}), 'en')
    expect(outcome.total).toBe(1)
    const countries = Object.fromEntries(outcome.facets.countries.map((facet) => [facet.slug, facet.count]))
    expect(countries).toEqual({mexico: 1, 'dominican-republic': 1, haiti: 1})
    const topics = Object.fromEntries(outcome.facets.topics.map((facet) => [facet.slug, facet.count]))
    expect(topics).toEqual({'covid-19': 1, 'training-and-capacity-building': 1})
  })

  it('names countries and topics in the reader’s language, English where a name is not translated', async () => {
    const spanish = await searchNews(parseSearchParams({q: 'covid', country: 'mexico'}), 'es')
    const labels = (facets: Array<{slug: string; label: string}>) => Object.fromEntries(facets.map((facet) => [facet.slug, facet.label]))
    expect(labels(spanish.facets.countries)).toMatchObject({mexico: 'México', 'dominican-republic': 'República Dominicana', haiti: 'Haití'})
    expect(labels(spanish.facets.topics)).toMatchObject({
      'covid-19': 'COVID-19',
      'training-and-capacity-building': 'Formación y fortalecimiento de capacidades',
    })
    const english = await searchNews(parseSearchParams({q: 'covid', country: 'mexico'}), 'en')
    expect(labels(english.facets.countries)).toMatchObject({mexico: 'Mexico', 'dominican-republic': 'Dominican Republic'})
    expect(spanish.hits.map((hit) => hit.slug)).toEqual(english.hits.map((hit) => hit.slug))
  })

  it('reports unknown filter values and ignores them', async () => {
    const outcome = await searchNews(parseSearchParams({country: ['atlantis', 'guatemala'], topic: 'nope'}), 'en')
    expect(outcome.unknown).toEqual({countries: ['atlantis'], topics: ['nope']})
    expect(outcome.hits.map((hit) => hit.title)).toEqual(await titles({country: 'guatemala'}))
    expect(outcome.total).toBe(2)
  })

  it('searches hostile strings as plain text', async () => {
    for (const q of ['*[_type == "newsItem"]', '"; DROP TABLE', '<script>alert(1)</script>', '\\ ] $ * "', '))) || true']) {
      const outcome = await searchNews(parseSearchParams({q}), 'en')
      expect(outcome.total, q).toBe(0)
    }
  })

  it('highlights what matched', async () => {
    const [first] = (await searchNews(parseSearchParams({q: 'recruit'}), 'en')).hits
    expect(first?.matchedTerms).toEqual(['recruitment'])
  })
})
