// The news API's kept answers never outlive the content they show: a publish (a new index version) answers anew.
import {afterAll, describe, expect, it, vi} from 'vitest'
import type {Database} from '@/lib/db/database'
import {searchIndexContent, startSearchSync} from '@/lib/content/reads/search-sync'
import {writeIndex} from '@/lib/search/stored-index'
import {newsAnswer} from './news-answer'
import {parseNewsQuery} from './news-params'

const database = vi.hoisted(() => ({current: undefined as Database | undefined}))

vi.mock('@/lib/db/database', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/lib/db/database')>()
  return {...actual, getDatabase: async () => (database.current ??= await actual.openDatabase({dataDir: 'memory://'}))}
})

afterAll(async () => {
  await database.current?.close()
})

async function titles(query: string): Promise<string[]> {
  const parsed = parseNewsQuery(new URLSearchParams(query))
  if (!parsed.ok) throw new Error(`bad query ${query}`)
  const answer = await newsAnswer(parsed.value)
  if (!answer.ok) throw new Error(answer.detail)
  return (JSON.parse(answer.text.text) as {data: Array<{title: string}>}).data.map((item) => item.title)
}

describe('newsAnswer', () => {
  it('answers a repeated call with what is published now, after a publish as before it', async () => {
    await startSearchSync().promise
    const before = await titles('per_page=5')
    expect(before.length).toBe(5)
    expect(await titles('per_page=5')).toEqual(before)

    // A publish: the newest item is withdrawn, and the index is written again (what the webhook's sync does).
    const content = await searchIndexContent()
    const withdrawn = content.documents.filter((document) => document.title !== before[0])
    expect(withdrawn.length).toBe(content.documents.length - 1)
    const db = database.current
    if (!db) throw new Error('no database')
    await writeIndex(db, {...content, documents: withdrawn}, 'after-publish')

    const after = await titles('per_page=5')
    expect(after).not.toContain(before[0])
    expect(after.slice(0, 4)).toEqual(before.slice(1))
  })
})
