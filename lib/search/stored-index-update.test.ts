// One published change written into the stored index in place (PGlite, the bundled dataset in both languages): an
// edited, added, deleted or translated item is found as a full rewrite would find it, and the index is written whole
// when anything else changed since it was written.
import {afterEach, beforeAll, describe, expect, it} from 'vitest'
import {LOCALES} from '@/lib/i18n/routing'
import {openDatabase, type Database} from '@/lib/db/database'
import {NEWS_TRANSLATIONS_QUERY, SEARCH_DOCUMENTS_QUERY, SEARCH_FACETS_QUERY, SITE_SETTINGS_QUERY} from '@/lib/content/queries'
import {queryLocal} from '@/lib/content/source/local-source'
import {replacedIds, type TranslationGroup} from '@/lib/content/reads/translation-groups'
import {siteSettingsFrom} from '@/lib/content/reads/settings'
import {SITE_SETTINGS_ID} from '@/lib/http/site'
import type {SEARCH_DOCUMENTS_QUERY_RESULT, SEARCH_FACETS_QUERY_RESULT} from '@/sanity.types'
import {parseSearchParams} from './search-params'
import {revisionString, searchStored, syncIndex, type IndexContent, type ItemChange} from './stored-index'

type Document = SEARCH_DOCUMENTS_QUERY_RESULT[number]

let base: IndexContent
const opened: Database[] = []

beforeAll(async () => {
  const documents = await queryLocal<SEARCH_DOCUMENTS_QUERY_RESULT>(SEARCH_DOCUMENTS_QUERY)
  const facets = await Promise.all(LOCALES.map((locale) => queryLocal<SEARCH_FACETS_QUERY_RESULT>(SEARCH_FACETS_QUERY, {locale})))
  const groups = await queryLocal<TranslationGroup[]>(NEWS_TRANSLATIONS_QUERY)
  const {timeZone} = siteSettingsFrom(await queryLocal(SITE_SETTINGS_QUERY, {id: SITE_SETTINGS_ID}))
  const hiddenIn = new Map<string, string[]>()
  for (const locale of LOCALES) for (const id of replacedIds(groups, locale)) hiddenIn.set(id, [...(hiddenIn.get(id) ?? []), locale])
  base = {documents, facetNames: LOCALES.map((language, position) => ({language, facets: facets[position]!})), timeZone, hiddenIn}
})

afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.close()))
})

async function fresh(): Promise<Database> {
  const db = await openDatabase({dataDir: 'memory://'})
  opened.push(db)
  return db
}

/** The content as the source would count it: one document per item, the latest change at `step`. */
const revisionAt = (count: number, step: number) => ({count, updatedAt: `2026-12-06T00:00:0${step}Z`})

/** A source that must not be asked for the whole content (it counts the reads), and names one change. */
function changeSource(change: ItemChange, content: IndexContent) {
  const source = {
    reads: 0,
    revision: async () => change.revision,
    content: async () => ((source.reads += 1), content),
    change: async () => change,
  }
  return source
}

/** The change of one item from the content at `step` to the next step, as search-sync.ts reads it (an added item passes `others`). */
function changeOf(id: string, documents: Document[], count: {before: number; after: number; step: number}, extra: Partial<ItemChange> = {}): ItemChange {
  return {
    id,
    revision: revisionString(revisionAt(count.after, count.step + 1)),
    // Everything but the item, unchanged since `step`: the item was one of the `before` documents (edited or deleted).
    others: revisionAt(count.before - 1, count.step),
    ids: [id],
    documents,
    hiddenIn: new Map(),
    timeZone: base.timeZone,
    ...extra,
  }
}

/** What readers see for a set of searches in both languages: totals, hits in order, facet counts. */
async function outcomes(db: Database) {
  const searches = [
    {},
    {sort: 'oldest'},
    {q: 'migrants'},
    {q: 'recruitment scams'},
    {q: 'covid', sort: 'newest'},
    {q: 'orchid'},
    {q: 'zanzibar'},
    {q: 'reclutamiento ético'},
    {q: 'recruit'},
    {q: 'recruitmnet'},
    {q: 'orchd'},
    {q: 'zanzibr'},
    {country: 'mexico'},
    {topic: 'covid-19', q: 'workers'},
  ]
  const seen = []
  for (const locale of LOCALES) {
    for (const params of searches) {
      const outcome = (await searchStored(db, parseSearchParams(params), locale, 1000))!
      seen.push({locale, params, total: outcome.total, hits: outcome.hits.map((hit) => [hit._id, hit.title, hit.matchedTerms]), facets: outcome.facets})
    }
  }
  return seen
}

async function found(db: Database, q: string, locale = 'en'): Promise<string[]> {
  return (await searchStored(db, parseSearchParams({q}), locale, 1000))!.hits.map((hit) => hit._id)
}

describe('a changed item written in place', () => {
  it('finds an added item, then its new words and not its old ones once edited, and nothing once deleted, as a full rewrite would', async () => {
    const db = await fresh()
    const n = base.documents.length
    await syncIndex(db, {revision: async () => revisionString(revisionAt(n, 0)), content: async () => base})
    const [first] = base.documents
    const added: Document = {...first!, _id: 'newsItem-added', title: 'Zanzibar clove harvest hires seasonal workers', slug: 'zanzibar-clove-harvest', publishedAt: '2026-12-01T09:00:00Z'}

    expect(await found(db, 'zanzibar')).toEqual([])
    const add = changeSource(changeOf(added._id, [added], {before: n, after: n + 1, step: 0}, {others: revisionAt(n, 0)}), base)
    expect(await syncIndex(db, add)).toBe(true)
    expect(await found(db, 'zanzibar')).toEqual([added._id])
    expect((await searchStored(db, parseSearchParams({}), 'en', 1000))!.total).toBe(n + 1)

    const edited: Document = {...added, title: 'Orchid growers hire seasonal workers', body: 'Orchid nurseries in the valley.'}
    const edit = changeSource(changeOf(added._id, [edited], {before: n + 1, after: n + 1, step: 1}), base)
    expect(await syncIndex(db, edit)).toBe(true)
    expect(await found(db, 'orchid')).toEqual([edited._id])
    expect(await found(db, 'zanzibar')).toEqual([])
    expect(await found(db, 'clove')).toEqual([])

    // The same content written whole gives readers the same outcomes, facet counts and order included.
    const whole = await fresh()
    await syncIndex(whole, {revision: async () => 'whole', content: async () => ({...base, documents: [...base.documents, edited]})})
    expect(await outcomes(db)).toEqual(await outcomes(whole))

    const removal = changeSource(changeOf(added._id, [], {before: n + 1, after: n, step: 2}), base)
    expect(await syncIndex(db, removal)).toBe(true)
    expect(await found(db, 'orchid')).toEqual([])
    expect(await outcomes(db)).toEqual(await outcomes(await writtenWhole(base)))
    expect(add.reads + edit.reads + removal.reads).toBe(0)
  })

  it('edits an item of the bundled dataset in place, keeping its place newest first and every facet count', async () => {
    const db = await fresh()
    const n = base.documents.length
    await syncIndex(db, {revision: async () => revisionString(revisionAt(n, 0)), content: async () => base})
    // Loaded before the change, as a running instance has it: the change is then loaded on top of it.
    expect(await found(db, 'orchid')).toEqual([])
    const target = base.documents[3]!
    const edited: Document = {...target, title: `Orchid ${target.title}`, topics: ['covid-19'], countries: ['mexico']}
    const edit = changeSource(changeOf(target._id, [edited], {before: n, after: n, step: 0}), base)
    expect(await syncIndex(db, edit)).toBe(true)
    expect(edit.reads).toBe(0)
    const documents = base.documents.map((document) => (document._id === target._id ? edited : document))
    expect(await outcomes(db)).toEqual(await outcomes(await writtenWhole({...base, documents})))
  })

  it('lists a new translation in its language and its original in the other, as a full rewrite would', async () => {
    const db = await fresh()
    const n = base.documents.length
    await syncIndex(db, {revision: async () => revisionString(revisionAt(n, 0)), content: async () => base})
    // Neither the newest nor the oldest: the translation must be ranked between others.
    const candidates = base.documents.filter((document) => !base.hiddenIn.has(document._id) && document.language !== 'es')
    const original = candidates.sort((a, b) => a.publishedAt.localeCompare(b.publishedAt))[Math.floor(candidates.length / 2)]!
    const spanish: Document = {...original, _id: 'newsItem-orchid-es', language: 'es', title: 'Cosecha de orquídeas en el valle', slug: 'cosecha-de-orquideas'}
    const hiddenIn = new Map([
      [original._id, ['es']],
      [spanish._id, ['en']],
    ])
    expect(await found(db, 'orquideas', 'es')).toEqual([])
    // The webhook names the new translation; its group brings the original along.
    const change = changeOf(spanish._id, [spanish, original], {before: n, after: n + 1, step: 0}, {others: revisionAt(n, 0), ids: [spanish._id, original._id], hiddenIn})
    expect(await syncIndex(db, changeSource(change, base))).toBe(true)
    expect(await found(db, 'orquideas', 'es')).toEqual([spanish._id])
    expect(await found(db, 'orquideas', 'en')).toEqual([])
    const whole = await writtenWhole({...base, documents: [...base.documents, spanish], hiddenIn: new Map([...base.hiddenIn, ...hiddenIn])})
    expect(await outcomes(db)).toEqual(await outcomes(whole))
  })
})

describe('when the index does not follow from the content but the changed item', () => {
  it('writes it whole: another change made since the index was written is not lost', async () => {
    const db = await fresh()
    const n = base.documents.length
    await syncIndex(db, {revision: async () => revisionString(revisionAt(n, 0)), content: async () => base})
    // Item 2 was edited at step 1 (its webhook never arrived), item 5 at step 2: the webhook names item 5.
    const [missed, named] = [base.documents[2]!, base.documents[5]!]
    const documents = base.documents.map((document) =>
      document._id === missed._id ? {...document, title: 'Zanzibar clove harvest'} : document._id === named._id ? {...document, title: 'Orchid growers'} : document,
    )
    const content = {...base, documents}
    const change = changeOf(named._id, [documents[5]!], {before: n, after: n, step: 2}, {others: {count: n - 1, updatedAt: revisionAt(n, 1).updatedAt}})
    const source = changeSource(change, content)
    expect(await syncIndex(db, source)).toBe(true)
    expect(source.reads).toBe(1)
    expect(await found(db, 'zanzibar')).toEqual([missed._id])
    expect(await found(db, 'orchid')).toEqual([named._id])
  })

  it('writes it whole when the index was written from other content (a stored revision it cannot compare)', async () => {
    const db = await fresh()
    await syncIndex(db, {revision: async () => 'r1', content: async () => base})
    const named = base.documents[1]!
    const documents = base.documents.map((document) => (document._id === named._id ? {...document, title: 'Orchid growers'} : document))
    const source = changeSource(changeOf(named._id, [documents[1]!], {before: base.documents.length, after: base.documents.length, step: 0}), {...base, documents})
    expect(await syncIndex(db, source)).toBe(true)
    expect(source.reads).toBe(1)
    expect(await found(db, 'orchid')).toEqual([named._id])
  })

  it('writes nothing when the stored revision already has the change', async () => {
    const db = await fresh()
    const n = base.documents.length
    const change = changeOf(base.documents[0]!._id, [base.documents[0]!], {before: n, after: n, step: 0})
    await syncIndex(db, {revision: async () => change.revision, content: async () => base})
    const source = changeSource(change, base)
    expect(await syncIndex(db, source)).toBe(false)
    expect(source.reads).toBe(0)
  })
})

async function writtenWhole(content: IndexContent): Promise<Database> {
  const db = await fresh()
  await syncIndex(db, {revision: async () => 'whole', content: async () => content})
  return db
}
