// The stored index (posting lists in PGlite) gives readers the in-process engine's search on the bundled dataset, in
// both languages, and its sync writes only when the content changed, one writer at a time, readers never waiting.
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {LOCALES, type Locale} from '@/lib/i18n/routing'
import {openDatabase, type Database} from '@/lib/db/database'
import {NEWS_TRANSLATIONS_QUERY, SEARCH_DOCUMENTS_QUERY, SEARCH_FACETS_QUERY, SITE_SETTINGS_QUERY} from '@/lib/content/queries'
import {queryLocal} from '@/lib/content/source/local-source'
import {replacedIds, type TranslationGroup} from '@/lib/content/reads/translation-groups'
import {siteSettingsFrom} from '@/lib/content/reads/settings'
import {SITE_SETTINGS_ID} from '@/lib/http/site'
import type {SEARCH_DOCUMENTS_QUERY_RESULT, SEARCH_FACETS_QUERY_RESULT} from '@/sanity.types'
import {buildNewsIndex, runSearch, type NewsIndex} from './engine'
import {parseSearchParams} from './search-params'
import {searchStored, syncIndex, type IndexContent} from './stored-index'

let db: Database
let content: IndexContent
const engines = new Map<Locale, NewsIndex>()

beforeAll(async () => {
  const documents = await queryLocal<SEARCH_DOCUMENTS_QUERY_RESULT>(SEARCH_DOCUMENTS_QUERY)
  const facets = await Promise.all(LOCALES.map((locale) => queryLocal<SEARCH_FACETS_QUERY_RESULT>(SEARCH_FACETS_QUERY, {locale})))
  const groups = await queryLocal<TranslationGroup[]>(NEWS_TRANSLATIONS_QUERY)
  const {timeZone} = siteSettingsFrom(await queryLocal(SITE_SETTINGS_QUERY, {id: SITE_SETTINGS_ID}))
  const facetNames = LOCALES.map((language, position) => ({language, facets: facets[position]!}))
  const hiddenIn = new Map<string, string[]>()
  for (const locale of LOCALES) for (const id of replacedIds(groups, locale)) hiddenIn.set(id, [...(hiddenIn.get(id) ?? []), locale])
  content = {documents, facetNames, timeZone, hiddenIn}
  db = await openDatabase({dataDir: 'memory://'})
  await syncIndex(db, {revision: async () => 'r1', content: async () => content})
  for (const [position, locale] of LOCALES.entries()) {
    const replaced = new Set(replacedIds(groups, locale))
    engines.set(locale, await buildNewsIndex(documents.filter((document) => !replaced.has(document._id)), facets[position]!, timeZone, facetNames))
  }
})

afterAll(async () => {
  await db?.close()
})

const SEARCHES: Array<Record<string, string | string[]>> = [
  {},
  {sort: 'oldest'},
  {q: 'recruitment scams'},
  {q: 'COVID'},
  {q: 'covid', sort: 'newest'},
  {q: 'recruit'},
  {q: 'recruitmnet'},
  {q: 'México'},
  {q: 'permits'},
  {q: 'pandemic'},
  {q: 'trabajadores'},
  {q: 'reclutamiento ético'},
  {q: 'permisos de trabajo'},
  {q: 'migrantes'},
  {q: 'the de'},
  {q: 'zzzqqqxx'},
  {country: ['guatemala', 'costa-rica']},
  {country: 'guatemala', topic: 'recruitment-scams'},
  {topic: 'covid-19', from: '2020-05-01', to: '2020-05-31'},
  {q: 'covid', country: 'mexico'},
  {country: ['atlantis', 'guatemala'], topic: 'nope'},
  {q: '"; DROP TABLE search_postings; --'},
  {q: "migrant's \\ ' workers"},
  {page: '2'},
  {q: 'trabajo', sort: 'oldest', page: '2'},
]

describe('searchStored on the bundled dataset', () => {
  for (const locale of LOCALES) {
    it(`finds what the engine finds, in its order, with the same counts and highlighted words (${locale})`, async () => {
      for (const params of SEARCHES) {
        const state = parseSearchParams(params)
        const expected = runSearch(engines.get(locale)!, state)
        const actual = await searchStored(db, state, locale)
        expect(actual, `${locale} ${JSON.stringify(params)}`).toEqual(expected)
      }
    })
  }

  it('finds the items of a topic by its Spanish name', async () => {
    expect((await searchStored(db, parseSearchParams({q: 'reclutamiento ético'}), 'es'))!.total).toBeGreaterThan(0)
  })

  it('answers pages of another size (the open data API, the exports) as the engine does', async () => {
    const state = parseSearchParams({q: 'migrant'})
    expect(await searchStored(db, state, 'en', 3)).toEqual(runSearch(engines.get('en')!, state, 3))
  })
})

describe('syncIndex', () => {
  it('writes nothing while the revision is the one stored, and a changed item once the revision changes', async () => {
    const fresh = await openDatabase({dataDir: 'memory://'})
    try {
      expect(await searchStored(fresh, parseSearchParams({q: 'orchid'}), 'en')).toBeNull()
      const [first, ...rest] = content.documents
      let current: IndexContent = content
      let reads = 0
      const source = {revision: async () => `r${current === content ? 1 : 2}`, content: async () => (reads += 1, current)}
      expect(await syncIndex(fresh, source)).toBe(true)
      expect(await syncIndex(fresh, source)).toBe(false)
      expect(reads).toBe(1)
      expect((await searchStored(fresh, parseSearchParams({q: 'orchid'}), 'en'))!.total).toBe(0)

      current = {...content, documents: [{...first!, title: 'Orchid harvest opens in the valley'}, ...rest]}
      expect(await syncIndex(fresh, source)).toBe(true)
      const found = (await searchStored(fresh, parseSearchParams({q: 'orchid'}), 'en'))!
      expect(found.hits.map((hit) => hit.title)).toEqual(['Orchid harvest opens in the valley'])
    } finally {
      await fresh.close()
    }
  })

  it('lets one writer at a time write: a second sync waits, then finds the revision written', async () => {
    const fresh = await openDatabase({dataDir: 'memory://'})
    try {
      let reads = 0
      const source = {revision: async () => 'r9', content: async () => (reads += 1, content)}
      const written = await Promise.all([syncIndex(fresh, source), syncIndex(fresh, source)])
      expect(written.sort()).toEqual([false, true])
      expect(reads).toBe(1)
    } finally {
      await fresh.close()
    }
  })
})
