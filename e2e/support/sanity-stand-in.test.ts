// The stand-in must be as strict as Sanity: dotted ids private, a wrong token 401, drafts only with the token.
import {createServer} from 'node:net'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {SanityStandIn, type StandInDocument} from './sanity-stand-in'

const TOKEN = 'unit-test-token'

const documents: StandInDocument[] = [
  {_id: 'newsItem-public', _type: 'newsItem', title: 'Published, root path'},
  {_id: 'drafts.newsItem-public', _type: 'newsItem', title: 'Draft of the published item'},
  {_id: 'drafts.newsItem-unpublished', _type: 'newsItem', title: 'Never published'},
  {_id: 'versions.r1.newsItem-public', _type: 'newsItem', title: 'In a release'},
  {_id: 'newsItem.private', _type: 'newsItem', title: 'Published under a dotted id'},
]

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

let standIn: SanityStandIn

async function query(perspective: string, token?: string) {
  const url = new URL(`${standIn.url}/v2025-10-01/data/query/production`)
  url.searchParams.set('query', '*[_type == "newsItem"] | order(_id asc) {_id, title}')
  url.searchParams.set('perspective', perspective)
  const response = await fetch(url, {headers: token ? {authorization: `Bearer ${token}`} : {}})
  return {status: response.status, body: (await response.json()) as {result?: Array<{_id: string; title: string}>; [key: string]: unknown}}
}

beforeAll(async () => {
  standIn = new SanityStandIn(await freePort(), {dataset: 'production', token: TOKEN})
  standIn.setDocuments(documents)
  await standIn.start()
})

afterAll(async () => {
  await standIn.close()
})

describe('Sanity stand-in, as strict as Sanity', () => {
  it('hides documents with a dot in their id from calls without a token, and shows them to the token', async () => {
    const anonymous = await query('published')
    expect(anonymous.status).toBe(200)
    expect(anonymous.body.result?.map((document) => document._id)).toEqual(['newsItem-public'])
    const withToken = await query('published', TOKEN)
    expect(withToken.body.result?.map((document) => document._id)).toEqual(['newsItem-public', 'newsItem.private'])
  })

  it('answers a wrong token with 401 in Sanity’s shape, even for published content', async () => {
    const wrong = await query('published', 'revoked-token')
    expect(wrong.status).toBe(401)
    expect(wrong.body).toMatchObject({statusCode: 401, error: 'Unauthorized', message: expect.any(String)})
    expect(wrong.body.result).toBeUndefined()
  })

  it('answers a drafts query without a token with published documents only, and overlays drafts for the token', async () => {
    const anonymous = await query('drafts')
    expect(anonymous.status).toBe(200)
    expect(anonymous.body.result).toEqual([{_id: 'newsItem-public', title: 'Published, root path'}])
    const withToken = await query('drafts', TOKEN)
    expect(withToken.body.result).toEqual([
      {_id: 'newsItem-public', title: 'Draft of the published item'},
      {_id: 'newsItem-unpublished', title: 'Never published'},
      {_id: 'newsItem.private', title: 'Published under a dotted id'},
    ])
  })

  it('gives a raw query without a token the root-path documents only', async () => {
    const anonymous = await query('raw')
    expect(anonymous.status).toBe(200)
    expect(anonymous.body.result?.map((document) => document._id)).toEqual(['newsItem-public'])
    const withToken = await query('raw', TOKEN)
    expect(withToken.body.result).toHaveLength(documents.length)
  })
})
