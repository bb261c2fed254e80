// Two instances (two connection pools) on a real PostgreSQL server share one stored index: one writes at a time under
// the advisory lock, the other finds the revision written, and a new generation or a change written in place reaches
// the other's next search.
// Needs Debian's postgresql-15 (.ci/run installs it).
import {afterAll, beforeAll, expect, it} from 'vitest'
import {openDatabase, type Database} from '@/lib/db/database'
import {startThrowawayServer, type ThrowawayServer} from '@/e2e/support/postgres-server'
import {SEARCH_DOCUMENTS_QUERY, SEARCH_FACETS_QUERY} from '@/lib/content/queries'
import {queryLocal} from '@/lib/content/source/local-source'
import type {SEARCH_DOCUMENTS_QUERY_RESULT, SEARCH_FACETS_QUERY_RESULT} from '@/sanity.types'
import {parseSearchParams} from './search-params'
import {revisionString, searchStored, syncIndex, type IndexContent, type ItemChange} from './stored-index'

const PG_PORT = Number(process.env.SEARCH_TEST_PG_PORT || 3730)

let postgres: ThrowawayServer
let instanceA: Database
let instanceB: Database
let content: IndexContent

beforeAll(async () => {
  postgres = await startThrowawayServer(PG_PORT)
  instanceA = await openDatabase({url: postgres.url})
  instanceB = await openDatabase({url: postgres.url})
  const documents = await queryLocal<SEARCH_DOCUMENTS_QUERY_RESULT>(SEARCH_DOCUMENTS_QUERY)
  const facets = await queryLocal<SEARCH_FACETS_QUERY_RESULT>(SEARCH_FACETS_QUERY, {locale: 'en'})
  content = {documents, facetNames: [{language: 'en', facets}], timeZone: 'UTC', hiddenIn: new Map()}
}, 120_000)

afterAll(async () => {
  await instanceA?.close()
  await instanceB?.close()
  await postgres?.stop()
}, 60_000)

it('lets one instance write at a time; the other waits, then writes nothing', async () => {
  let reads = 0
  let release = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  // Instance A's read of the content is held until B has asked too, so both syncs overlap.
  const slowSource = {revision: async () => 'r1', content: async () => (reads += 1, await held, content)}
  const first = syncIndex(instanceA, slowSource)
  await new Promise((resolve) => setTimeout(resolve, 300))
  const second = syncIndex(instanceB, {revision: async () => 'r1', content: async () => (reads += 1, content)})
  await new Promise((resolve) => setTimeout(resolve, 300))
  release()
  expect(await Promise.all([first, second])).toEqual([true, false])
  expect(reads).toBe(1)
}, 60_000)

it('a publish written by instance A is found by the next search on instance B', async () => {
  expect((await searchStored(instanceB, parseSearchParams({q: 'orchid'}), 'en'))!.total).toBe(0)
  const [first, ...rest] = content.documents
  const published = {...content, documents: [{...first!, title: 'Orchid harvest opens in the valley'}, ...rest]}
  expect(await syncIndex(instanceA, {revision: async () => 'r2', content: async () => published})).toBe(true)
  const found = (await searchStored(instanceB, parseSearchParams({q: 'orchid'}), 'en'))!
  expect(found.hits.map((hit) => hit.title)).toEqual(['Orchid harvest opens in the valley'])
}, 60_000)

/** The bundled content written whole at a revision an in-place change can follow, and one item's edit to `title`. */
async function editable(title: string, step: number) {
  const n = content.documents.length
  const at = (count: number, s: number) => ({count, updatedAt: `2026-12-06T00:0${s}:00Z`})
  const target = content.documents[4]!
  const edited = {...target, title}
  const change: ItemChange = {
    id: target._id,
    revision: revisionString(at(n, step + 1)),
    others: at(n - 1, step),
    ids: [target._id],
    documents: [edited],
    hiddenIn: new Map(),
    timeZone: 'UTC',
  }
  const after = {...content, documents: content.documents.map((document) => (document._id === target._id ? edited : document))}
  expect(await syncIndex(instanceA, {revision: async () => revisionString(at(n, step)), content: async () => content})).toBe(true)
  return {target, change, after}
}

const titlesFor = async (db: Database, q: string) => (await searchStored(db, parseSearchParams({q}), 'en'))!.hits.map((hit) => hit.title)

it('a change written in place by instance A is found by the next search on instance B, which had loaded the index before', async () => {
  const {target, change, after} = await editable('Lantern makers hire seasonal workers', 1)
  expect(await titlesFor(instanceB, 'lantern')).toEqual([])
  const whole = {reads: 0}
  const source = {revision: async () => change.revision, content: async () => ((whole.reads += 1), after), change: async () => change}
  expect(await syncIndex(instanceA, source)).toBe(true)
  expect(whole.reads).toBe(0)
  expect(await titlesFor(instanceB, 'lantern')).toEqual(['Lantern makers hire seasonal workers'])
  expect(await titlesFor(instanceB, target.title!)).toEqual([])
  expect((await searchStored(instanceB, parseSearchParams({}), 'en', 1000))!.total).toBe(content.documents.length)
}, 60_000)

it('an in-place change and a whole rewrite at once: one writes, the other waits for the lock and finds it written', async () => {
  for (const first of ['in place', 'whole'] as const) {
    const title = `Kite festival ${first === 'whole' ? 'opens' : 'closes'} in the valley`
    const {change, after} = await editable(title, first === 'whole' ? 3 : 5)
    let release = () => {}
    const held = new Promise<void>((resolve) => (release = resolve))
    const hold = async <T>(value: T) => (await held, value)
    // Instance A holds the lock while it reads its source; B's sync arrives meanwhile and waits.
    const whole = {revision: async () => change.revision, content: async () => (first === 'whole' ? hold(after) : after)}
    const inPlace = {revision: async () => change.revision, content: async () => after, change: async () => (first === 'in place' ? hold(change) : change)}
    const runs = first === 'whole' ? [syncIndex(instanceA, whole)] : [syncIndex(instanceA, inPlace)]
    await new Promise((resolve) => setTimeout(resolve, 300))
    runs.push(first === 'whole' ? syncIndex(instanceB, inPlace) : syncIndex(instanceB, whole))
    await new Promise((resolve) => setTimeout(resolve, 300))
    release()
    expect(await Promise.all(runs), first).toEqual([true, false])
    for (const instance of [instanceA, instanceB]) {
      expect(await titlesFor(instance, 'kite'), first).toEqual([title])
      expect((await searchStored(instance, parseSearchParams({}), 'en', 1000))!.total, first).toBe(content.documents.length)
    }
  }
}, 60_000)

it('finds an item numbered past 255 on the server: posting lists of any size arrive as they were written', async () => {
  // 400 items: the last one's number needs a byte over 127 in the postings, which a text decoding would garble.
  const many = Array.from({length: 400}, (_, position) => {
    const source = content.documents[position % content.documents.length]!
    return {...source, _id: `many-${position}`, slug: `many-${position}`, title: position === 399 ? 'Okapi sighting closes the park' : source.title}
  })
  expect(await syncIndex(instanceA, {revision: async () => 'many', content: async () => ({...content, documents: many})})).toBe(true)
  expect(await titlesFor(instanceB, 'okapi')).toEqual(['Okapi sighting closes the park'])
  expect((await searchStored(instanceB, parseSearchParams({}), 'en', 1000))!.total).toBe(400)
}, 60_000)
