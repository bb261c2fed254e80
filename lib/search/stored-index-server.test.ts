// Two instances (two connection pools) on a real PostgreSQL server share one stored index: one writes at a time under
// the advisory lock, the other finds the revision written, and a new generation reaches the other's next search.
// Needs Debian's postgresql-15 (.ci/run installs it).
import {afterAll, beforeAll, expect, it} from 'vitest'
import {openDatabase, type Database} from '@/lib/db/database'
import {startThrowawayServer, type ThrowawayServer} from '@/e2e/support/postgres-server'
import {SEARCH_DOCUMENTS_QUERY, SEARCH_FACETS_QUERY} from '@/lib/content/queries'
import {queryLocal} from '@/lib/content/source/local-source'
import type {SEARCH_DOCUMENTS_QUERY_RESULT, SEARCH_FACETS_QUERY_RESULT} from '@/sanity.types'
import {parseSearchParams} from './search-params'
import {searchStored, syncIndex, type IndexContent} from './stored-index'

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
