// The stand-in must be as strict as Sanity: dotted ids private, a wrong token 401, drafts only with the token, and
// Live events only to allowed origins, drafts' events only to streams with the token; images and files only as the CDN serves them.
import {createServer} from 'node:net'
import {createImageUrlBuilder} from '@sanity/image-url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {SanityStandIn, type StandInDocument} from './sanity-stand-in'

const TOKEN = 'unit-test-token'
const SITE_ORIGIN = 'http://portal.example'

const IMAGE_HASH = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678'

const documents: StandInDocument[] = [
  {_id: 'newsItem-public', _type: 'newsItem', title: 'Published, root path'},
  {_id: 'drafts.newsItem-public', _type: 'newsItem', title: 'Draft of the published item'},
  {_id: 'drafts.newsItem-unpublished', _type: 'newsItem', title: 'Never published'},
  {_id: 'versions.r1.newsItem-public', _type: 'newsItem', title: 'In a release'},
  {_id: 'newsItem.private', _type: 'newsItem', title: 'Published under a dotted id'},
  {_id: `image-${IMAGE_HASH}-1200x800-png`, _type: 'sanity.imageAsset', metadata: {palette: {dominant: {background: '#e07a1f'}}}},
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
  standIn = new SanityStandIn(await freePort(), {dataset: 'production', token: TOKEN, corsOrigins: [SITE_ORIGIN]})
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
    expect(withToken.body.result).toHaveLength(documents.filter((document) => document._type === 'newsItem').length)
  })
})

/** An open Live event stream, read the way an EventSource reads it: events separated by a blank line. */
async function openLiveEvents(options: {includeDrafts?: boolean; token?: string; origin?: string} = {}) {
  const url = new URL(`${standIn.url}/v2025-10-01/data/live/events/production`)
  if (options.includeDrafts) url.searchParams.set('includeDrafts', 'true')
  const controller = new AbortController()
  const response = await fetch(url, {
    signal: controller.signal,
    headers: {origin: options.origin ?? SITE_ORIGIN, ...(options.token ? {authorization: `Bearer ${options.token}`} : {})},
  })
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader()
  const events: Array<{event: string; data: string}> = []
  let buffer = ''
  const pump = (async () => {
    try {
      for (;;) {
        const {value, done} = await reader.read()
        if (done) return
        buffer += value
        for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
          const fields = Object.fromEntries(
            buffer
              .slice(0, end)
              .split('\n')
              .map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 2)]),
          )
          events.push({event: fields.event ?? 'message', data: fields.data ?? ''})
          buffer = buffer.slice(end + 2)
        }
      }
    } catch {
      // Aborted by close().
    }
  })()
  return {
    response,
    events,
    close: async () => {
      controller.abort()
      await pump
    },
  }
}

async function syncTagsOf(perspective: string, token?: string): Promise<string[]> {
  const url = new URL(`${standIn.url}/v2025-10-01/data/query/production`)
  url.searchParams.set('query', 'count(*)')
  url.searchParams.set('perspective', perspective)
  const response = await fetch(url, {headers: token ? {authorization: `Bearer ${token}`} : {}})
  return ((await response.json()) as {syncTags: string[]}).syncTags
}

async function until(condition: () => boolean) {
  for (let attempt = 0; attempt < 100 && !condition(); attempt++) await new Promise((resolve) => setTimeout(resolve, 20))
}

describe('Sanity stand-in: the Live Content API', () => {
  it('streams a welcome, then the sync tags of published queries when a document is published', async () => {
    const stream = await openLiveEvents()
    try {
      expect(stream.response.status).toBe(200)
      expect(stream.response.headers.get('content-type')).toBe('text/event-stream')
      expect(stream.response.headers.get('access-control-allow-origin')).toBe(SITE_ORIGIN)
      await until(() => stream.events.length > 0)
      expect(stream.events[0]?.event).toBe('welcome')
      standIn.put({_id: 'newsItem-public', _type: 'newsItem', title: 'Republished'})
      await until(() => stream.events.length > 1)
      expect(stream.events[1]?.event).toBe('message')
      expect(JSON.parse(stream.events[1]!.data)).toEqual({tags: expect.arrayContaining(await syncTagsOf('published'))})
    } finally {
      await stream.close()
    }
  })

  it('tells only streams opened with includeDrafts and the token about a draft edit', async () => {
    const published = await openLiveEvents()
    const drafts = await openLiveEvents({includeDrafts: true, token: TOKEN})
    try {
      await until(() => published.events.length > 0 && drafts.events.length > 0)
      standIn.put({_id: 'drafts.newsItem-public', _type: 'newsItem', title: 'Edited draft'})
      await until(() => drafts.events.length > 1)
      expect(JSON.parse(drafts.events[1]!.data)).toEqual({tags: await syncTagsOf('drafts', TOKEN)})
      expect(await syncTagsOf('drafts', TOKEN)).not.toEqual(await syncTagsOf('published'))
      expect(published.events.map((event) => event.event)).toEqual(['welcome'])
    } finally {
      await published.close()
      await drafts.close()
    }
  })

  it('refuses a drafts stream without the right token, and gives other origins no CORS permission', async () => {
    const anonymous = await openLiveEvents({includeDrafts: true})
    const wrongToken = await openLiveEvents({includeDrafts: true, token: 'revoked-token'})
    const otherOrigin = await openLiveEvents({origin: 'https://evil.example'})
    try {
      expect(anonymous.response.status).toBe(401)
      expect(wrongToken.response.status).toBe(401)
      expect(otherOrigin.response.headers.get('access-control-allow-origin')).toBeNull()
      const check = async (origin: string) =>
        ((await (await fetch(`${standIn.url}/v2025-10-01/check/cors`, {headers: {origin}})).json()) as {result: {allowed: boolean}}).result.allowed
      expect(await check(SITE_ORIGIN)).toBe(true)
      expect(await check('https://evil.example')).toBe(false)
    } finally {
      await anonymous.close()
      await wrongToken.close()
      await otherOrigin.close()
    }
  })

  it('serves an image asset on the CDN route at the size @sanity/image-url asks for, with crop and hotspot', async () => {
    const builder = createImageUrlBuilder({projectId: 'standin', dataset: 'production', baseUrl: standIn.url})
    const image = {
      asset: {_ref: `image-${IMAGE_HASH}-1200x800-png`},
      crop: {top: 0, bottom: 0, left: 0.25, right: 0},
      hotspot: {x: 0.9, y: 0.5, width: 0.1, height: 0.1},
    }
    const url = builder.image(image).width(300).height(300).fit('crop').auto('format').url()
    expect(new URL(url).searchParams.get('rect')).toBe('400,0,800,800')
    const response = await fetch(url)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/png')
    const png = Buffer.from(await response.arrayBuffer())
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG')
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([300, 300])
    // Width only: the crop (900×800) keeps its shape.
    const widthOnly = Buffer.from(await (await fetch(builder.image(image).width(400).fit('max').url())).arrayBuffer())
    expect([widthOnly.readUInt32BE(16), widthOnly.readUInt32BE(20)]).toEqual([400, 356])
  })

  it('refuses images Sanity would not serve: unknown asset, other project or dataset, rect outside, bad sizes', async () => {
    const status = async (path: string) => (await fetch(`${standIn.url}${path}`)).status
    const file = `${IMAGE_HASH}-1200x800.png`
    expect(await status(`/images/standin/production/${file}?w=100`)).toBe(200)
    expect(await status(`/images/standin/production/ffffffffffffffffffffffffffffffffffffffff-1200x800.png`)).toBe(404)
    expect(await status(`/images/otherproject/production/${file}`)).toBe(404)
    expect(await status(`/images/standin/staging/${file}`)).toBe(404)
    expect(await status(`/images/standin/production/${IMAGE_HASH}-1200x801.png`)).toBe(404)
    expect(await status(`/images/standin/production/${file}?rect=1000,0,400,400`)).toBe(400)
    expect(await status(`/images/standin/production/${file}?w=0`)).toBe(400)
    expect(await status(`/images/standin/production/${file}?w=9000`)).toBe(400)
    expect(await status(`/images/standin/production/${file}?fit=cover`)).toBe(400)
    expect(await status(`/images/standin/production/${file}?fm=webp`)).toBe(501)
  })

  it('serves an uploaded file on the file CDN route with its type and length, and nothing Sanity would not serve', async () => {
    const bytes = Buffer.from('%PDF-1.4\n% stand-in test file\n%%EOF\n')
    const asset = standIn.putFile('0123456789abcdef0123456789abcdef01234567', 'pdf', 'application/pdf', bytes, 'report.pdf')
    expect(asset).toMatchObject({_id: 'file-0123456789abcdef0123456789abcdef01234567-pdf', _type: 'sanity.fileAsset', size: bytes.length})
    const file = '0123456789abcdef0123456789abcdef01234567.pdf'
    const response = await fetch(`${standIn.url}/files/standin/production/${file}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/pdf')
    expect(Buffer.from(await response.arrayBuffer())).toEqual(bytes)
    const status = async (path: string, method = 'GET') => (await fetch(`${standIn.url}${path}`, {method})).status
    expect(await status(`/files/standin/production/0123456789abcdef0123456789abcdef01234567.docx`)).toBe(404)
    expect(await status(`/files/standin/production/ffffffffffffffffffffffffffffffffffffffff.pdf`)).toBe(404)
    expect(await status(`/files/otherproject/production/${file}`)).toBe(404)
    expect(await status(`/files/standin/staging/${file}`)).toBe(404)
    expect(await status(`/files/standin/production/${file}`, 'POST')).toBe(405)
  })
})

/** A query with any perspective, API version, token and source-map request, as @sanity/client sends it. */
async function ask(options: {perspective?: string; apiVersion?: string; token?: string; sourceMap?: boolean; groq?: string}, target = standIn) {
  const url = new URL(`${target.url}/v${options.apiVersion ?? '2025-10-01'}/data/query/production`)
  url.searchParams.set('query', options.groq ?? '*[_type == "newsItem"] | order(_id asc) {_id, title}')
  if (options.perspective) url.searchParams.set('perspective', options.perspective)
  if (options.sourceMap) url.searchParams.set('resultSourceMap', 'withKeyArraySort')
  const response = await fetch(url, {headers: options.token ? {authorization: `Bearer ${options.token}`} : {}})
  return {status: response.status, body: (await response.json()) as {result?: unknown; resultSourceMap?: unknown; error?: {description: string}}}
}

describe('Sanity stand-in, stricter where the Content Lake is', () => {
  it('returns a Content Source Map only when asked, mapping every string the query read', async () => {
    expect((await ask({perspective: 'published'})).body.resultSourceMap).toBeUndefined()
    const {body} = await ask({perspective: 'published', sourceMap: true})
    expect(body.resultSourceMap).toMatchObject({
      documents: [{_id: 'newsItem-public', _type: 'newsItem'}],
      mappings: {"$[0]['title']": {type: 'value', source: {type: 'documentValue', document: 0}}},
    })
  })

  it('overlays a release over drafts over published for a perspective stack, with the token only', async () => {
    const titles = async (perspective: string, token?: string) =>
      ((await ask({perspective, token})).body.result as Array<{_id: string; title: string}>).find((row) => row._id === 'newsItem-public')?.title
    expect(await titles('r1,drafts', TOKEN)).toBe('In a release')
    expect(await titles('r1', TOKEN)).toBe('In a release')
    expect(await titles('drafts', TOKEN)).toBe('Edited draft')
    expect(await titles('r1,drafts')).toBe('Republished')
  })

  it('refuses unknown perspectives, raw in a stack, stacks before API 2025-02-19 and malformed API versions (400)', async () => {
    for (const options of [
      {perspective: 'nonsense'},
      {perspective: 'rNoSuchRelease,drafts'},
      {perspective: 'raw,drafts'},
      {perspective: 'r1,drafts', apiVersion: '2024-01-01'},
      {perspective: 'published', apiVersion: '2025-13-45'},
      {perspective: 'published', apiVersion: 'latest'},
    ]) {
      const {status, body} = await ask({...options, token: TOKEN})
      expect(status, JSON.stringify(options)).toBe(400)
      expect(body.error?.description, JSON.stringify(options)).toEqual(expect.any(String))
    }
    expect((await ask({perspective: 'published', apiVersion: 'X'})).status).toBe(200)
    expect((await ask({perspective: 'published', apiVersion: '1'})).status).toBe(200)
  })

  it('in a private dataset shows anonymous callers and a Deploy Studio token nothing, and the Viewer token the published documents', async () => {
    const port = await freePort()
    const privateStandIn = new SanityStandIn(port, {dataset: 'production', token: TOKEN, private: true, tokens: {'deploy-token': 'deploy-studio'}})
    privateStandIn.setDocuments(documents)
    await privateStandIn.start()
    try {
      expect((await ask({perspective: 'published'}, privateStandIn)).body.result).toEqual([])
      expect((await ask({perspective: 'published', token: 'deploy-token'}, privateStandIn)).body.result).toEqual([])
      expect((await ask({perspective: 'drafts', token: 'deploy-token'}, privateStandIn)).body.result).toEqual([])
      const viewer = (await ask({perspective: 'published', token: TOKEN}, privateStandIn)).body.result as Array<{_id: string}>
      expect(viewer.map((row) => row._id)).toEqual(['newsItem-public', 'newsItem.private'])
      expect((await ask({perspective: 'published', token: 'unknown-token'}, privateStandIn)).status).toBe(401)
    } finally {
      await privateStandIn.close()
    }
  })

  it('stamps _createdAt, _updatedAt and _rev on import, and keeps _createdAt when a document is published again', async () => {
    const before = standIn.get('newsItem-public')!
    expect(before._createdAt).toEqual(expect.any(String))
    expect(before._rev).toEqual(expect.any(String))
    standIn.put({_id: 'newsItem-public', _type: 'newsItem', title: 'Republished'})
    const after = standIn.get('newsItem-public')!
    expect(after._createdAt).toBe(before._createdAt)
    expect(after._rev).not.toBe(before._rev)
  })

  it('sends restart to open Live streams, and goaway beyond the connection limit or when told', async () => {
    const stream = await openLiveEvents()
    try {
      await until(() => stream.events.length > 0)
      standIn.restartLive()
      await until(() => stream.events.length > 1)
      expect(stream.events[1]?.event).toBe('restart')
      standIn.goAwayLive()
      await until(() => stream.events.length > 2)
      expect(stream.events[2]).toEqual({event: 'goaway', data: JSON.stringify({reason: 'connection limit reached'})})
    } finally {
      await stream.close()
    }
    const port = await freePort()
    const limited = new SanityStandIn(port, {dataset: 'production', token: TOKEN, corsOrigins: [SITE_ORIGIN], maxLiveConnections: 0})
    await limited.start()
    try {
      const response = await fetch(`${limited.url}/v2025-10-01/data/live/events/production`, {headers: {origin: SITE_ORIGIN}})
      expect(await response.text()).toContain('event: goaway')
      expect((await fetch(`${limited.url}/v2020-01-01/data/live/events/production`)).status).toBe(400)
    } finally {
      await limited.close()
    }
  })
})
