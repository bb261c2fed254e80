// The PostgreSQL prototype gives readers the same search as the in-process engine on the bundled dataset, in both languages.
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
import {SEARCH_SCHEMA, searchRows, searchStored, writeSearchFacets, writeSearchRows} from './sql-search'

let db: Database
const engines = new Map<Locale, NewsIndex>()

beforeAll(async () => {
  const documents = await queryLocal<SEARCH_DOCUMENTS_QUERY_RESULT>(SEARCH_DOCUMENTS_QUERY)
  const facets = await Promise.all(LOCALES.map((locale) => queryLocal<SEARCH_FACETS_QUERY_RESULT>(SEARCH_FACETS_QUERY, {locale})))
  const groups = await queryLocal<TranslationGroup[]>(NEWS_TRANSLATIONS_QUERY)
  const {timeZone} = siteSettingsFrom(await queryLocal(SITE_SETTINGS_QUERY, {id: SITE_SETTINGS_ID}))
  const facetNames = LOCALES.map((language, position) => ({language, facets: facets[position]!}))
  const hiddenIn = new Map<string, string[]>()
  for (const locale of LOCALES) for (const id of replacedIds(groups, locale)) hiddenIn.set(id, [...(hiddenIn.get(id) ?? []), locale])
  db = await openDatabase({dataDir: 'memory://'})
  for (const statement of SEARCH_SCHEMA) await db.query(statement)
  await writeSearchRows(db, searchRows(documents, facetNames, timeZone, hiddenIn))
  for (const [position, locale] of LOCALES.entries()) {
    await writeSearchFacets(db, locale, facets[position]!)
    const replaced = new Set([...hiddenIn].filter(([, locales]) => locales.includes(locale)).map(([id]) => id))
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
  {q: '"; DROP TABLE search_items; --'},
  {q: "migrant's \\ ' workers"},
  {page: '2'},
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
    expect((await searchStored(db, parseSearchParams({q: 'reclutamiento ético'}), 'es')).total).toBeGreaterThan(0)
  })
})
