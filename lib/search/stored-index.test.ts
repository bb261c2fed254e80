// The stored index (posting lists in PGlite) on the bundled dataset: each language lists a translated item once, and
// the sync writes only when the content changed, one writer at a time.
import http from 'node:http'
import type {AddressInfo} from 'node:net'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {LOCALES} from '@/lib/i18n/routing'
import {openDatabase, type Database} from '@/lib/db/database'
import {NEWS_TRANSLATIONS_QUERY, SEARCH_DOCUMENTS_QUERY, SEARCH_FACETS_QUERY, SITE_SETTINGS_QUERY} from '@/lib/content/queries'
import {queryLocal} from '@/lib/content/source/local-source'
import {replacedIds, type TranslationGroup} from '@/lib/content/reads/translation-groups'
import {siteSettingsFrom} from '@/lib/content/reads/settings'
import {SITE_SETTINGS_ID} from '@/lib/http/site'
import type {SEARCH_DOCUMENTS_QUERY_RESULT, SEARCH_FACETS_QUERY_RESULT} from '@/sanity.types'
import {parseSearchParams} from './search-params'
import {searchStored, syncIndex, type IndexContent} from './stored-index'

let db: Database
let content: IndexContent

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
})

afterAll(async () => {
  await db?.close()
})

describe('searchStored on the bundled dataset', () => {
  it('lists a translated item only in the languages that show it, and its words only find it there', async () => {
    const fresh = await openDatabase({dataDir: 'memory://'})
    try {
      const [first, ...rest] = content.documents
      const translated = {...first!, title: 'Orchid harvest opens in the valley'}
      const hiddenIn = new Map([[translated._id, ['es']]])
      await syncIndex(fresh, {revision: async () => 'r1', content: async () => ({...content, documents: [translated, ...rest], hiddenIn})})
      for (const [locale, expected] of [['en', 1], ['es', 0]] as const) {
        expect((await searchStored(fresh, parseSearchParams({q: 'orchid'}), locale))!.total, locale).toBe(expected)
        // Not even as a typo or the start of a word: the Spanish index does not know the word.
        expect((await searchStored(fresh, parseSearchParams({q: 'orchi'}), locale))!.total, locale).toBe(expected)
        expect((await searchStored(fresh, parseSearchParams({q: 'orchod'}), locale))!.total, locale).toBe(expected)
        const all = (await searchStored(fresh, parseSearchParams({}), locale, 1000))!
        expect(all.total, locale).toBe(content.documents.length - 1 + expected)
      }
    } finally {
      await fresh.close()
    }
  })

  it('finds the items of a topic by its Spanish name, labelled in the reader’s language', async () => {
    const outcome = (await searchStored(db, parseSearchParams({q: 'reclutamiento ético'}), 'es'))!
    expect(outcome.total).toBeGreaterThan(0)
    expect(outcome.facets.topics.map((topic) => topic.label)).toContain('Contratación ética')
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

  it('answers a page asked for while the index is written whole, before the write ends (PGlite runs on the server’s thread)', async () => {
    const fresh = await openDatabase({dataDir: 'memory://'})
    const page = http.createServer((_req, res) => res.end('página'))
    try {
      await new Promise<void>((resolve) => page.listen(0, '127.0.0.1', resolve))
      // 4,000 items: the bundled dataset's copied under other ids, as a large dataset would take long to write.
      const copies = Math.ceil(4000 / content.documents.length)
      const documents = Array.from({length: copies}, (_, copy) => copy).flatMap((copy) => content.documents.map((document) => ({...document, _id: `${document._id}-${copy}`, slug: `${document.slug}-${copy}`})))
      let written = false
      const writing = syncIndex(fresh, {revision: async () => 'r1', content: async () => ({...content, documents})}).then(() => (written = true))
      const answer = await fetch(`http://127.0.0.1:${(page.address() as AddressInfo).port}/`)
      expect(await answer.text()).toBe('página')
      expect(written).toBe(false)
      await writing
    } finally {
      page.close()
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
