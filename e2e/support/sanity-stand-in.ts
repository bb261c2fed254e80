// TEST DOUBLE: a local stand-in for Sanity's HTTP query API (GROQ via groq-js over a dataset the test controls) and
// for its Live Content API (the server-sent events <SanityLive> listens to).
import {createHash} from 'node:crypto'
import {createServer, type IncomingMessage, type Server, type ServerResponse} from 'node:http'
import type {Socket} from 'node:net'
import {evaluate, parse} from 'groq-js'

export type StandInDocument = {_id: string; _type: string; [field: string]: unknown}

/** How the stand-in answers queries: normally, with HTTP 500, or never (the connection stays open). */
export type StandInMode = 'ok' | 'error' | 'hang'

/** One query as received; `sourceMap`: the caller asked for Content Source Maps (what stega encoding is built from). */
export type StandInRequest = {path: string; query: string; perspective: string; authorized: boolean; sourceMap: boolean}

const QUERY_PATH = /^\/v([^/]+)\/data\/query\/([^/?]+)$/
const LIVE_EVENTS_PATH = /^\/v([^/]+)\/data\/live\/events\/([^/?]+)$/
const CORS_CHECK_PATH = /^\/v([^/]+)\/check\/cors$/

/** One open `live/events` stream: published-only, or (with the token) drafts and versions too. */
type LiveListener = {response: ServerResponse; includeDrafts: boolean}

/**
 * Sanity answers every query with opaque sync tags and later sends the same tags in a Live event when content behind
 * them changes. The stand-in's tags are coarse (one for what the published perspective sees, one for what drafts
 * overlay), which Sanity's contract allows: an event names at least every tag whose content changed. Derived from
 * the dataset only, so a build's stand-in and a test's stand-in agree on them, as Sanity does across calls.
 */
function syncTag(dataset: string, scope: 'published' | 'drafts'): string {
  return `s1:${createHash('sha256').update(`${dataset}:${scope}`).digest('base64url').slice(0, 6)}`
}

function isDraftOrVersion(id: string): boolean {
  return id.startsWith('drafts.') || id.startsWith('versions.')
}

/**
 * Serves `GET /v{apiVersion}/data/query/{dataset}?query=…&$param=<json>&perspective=…` (and the POST form) with
 * `{result, ms, query}`, like Sanity's Content Lake. Perspectives: "published" hides drafts, "drafts" overlays them,
 * "raw" returns everything. As in Sanity, a document whose id has a dot (drafts and versions included) is a private
 * path that only the configured token reads: without a token every perspective answers with root-path documents only,
 * and a wrong token is answered 401 whatever the query.
 */
export class SanityStandIn {
  readonly requests: StandInRequest[] = []
  mode: StandInMode = 'ok'
  private documents = new Map<string, StandInDocument>()
  private server: Server | undefined
  private sockets = new Set<Socket>()
  private hanging = new Set<ServerResponse>()
  private listeners = new Set<LiveListener>()
  private lastEventId = 0

  /** `corsOrigins`: the browser origins allowed to call the API (sanity.io/manage → API → CORS origins). */
  constructor(
    readonly port: number,
    private readonly options: {dataset: string; token: string; corsOrigins?: string[]},
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`
  }

  setDocuments(documents: StandInDocument[]): void {
    this.documents = new Map(documents.map((document) => [document._id, structuredClone(document)]))
  }

  /**
   * Creates or replaces one document, as publishing (or, for a `drafts.` id, editing) in the Studio would, and tells
   * the Live listeners that may see it: a draft reaches only streams opened with `includeDrafts` and the token.
   */
  put(document: StandInDocument): void {
    this.documents.set(document._id, structuredClone({...document, _updatedAt: new Date().toISOString()}))
    this.announce(isDraftOrVersion(document._id) ? 'drafts' : 'published')
  }

  /** How many Live event streams are open (published-only and with drafts). */
  get liveListenerCount(): {published: number; drafts: number} {
    const all = [...this.listeners]
    return {published: all.filter((listener) => !listener.includeDrafts).length, drafts: all.filter((listener) => listener.includeDrafts).length}
  }

  private announce(change: 'published' | 'drafts'): void {
    const {dataset} = this.options
    // A published change alters what both perspectives see; a draft change only what drafts overlay.
    const tags = change === 'published' ? [syncTag(dataset, 'published'), syncTag(dataset, 'drafts')] : [syncTag(dataset, 'drafts')]
    for (const listener of this.listeners) {
      if (change === 'drafts' && !listener.includeDrafts) continue
      this.lastEventId += 1
      listener.response.write(`event: message\nid: ${this.lastEventId}\ndata: ${JSON.stringify({tags})}\n\n`)
    }
  }

  get(id: string): StandInDocument | undefined {
    const document = this.documents.get(id)
    return document && structuredClone(document)
  }

  async start(): Promise<void> {
    if (this.server) return
    const server = createServer((request, response) => void this.handle(request, response))
    server.on('connection', (socket) => {
      this.sockets.add(socket)
      socket.on('close', () => this.sockets.delete(socket))
    })
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(this.port, '127.0.0.1', () => resolve())
    })
    this.server = server
  }

  /** Stops listening and drops every connection: the portal then gets "connection refused". */
  async close(): Promise<void> {
    const server = this.server
    this.server = undefined
    this.releaseHanging()
    this.listeners.clear()
    if (!server) return
    for (const socket of this.sockets) socket.destroy()
    await new Promise<void>((resolve) => server.close(() => resolve()))
  }

  setMode(mode: StandInMode): void {
    this.mode = mode
    if (mode !== 'hang') this.releaseHanging()
  }

  private releaseHanging(): void {
    for (const response of this.hanging) response.destroy()
    this.hanging.clear()
  }

  private visibleDocuments(perspective: string, authorized: boolean): StandInDocument[] {
    const all = [...this.documents.values()].filter((document) => authorized || !document._id.includes('.'))
    if (perspective === 'raw') return all
    const published = all.filter((document) => !isDraftOrVersion(document._id))
    if (perspective !== 'drafts' && perspective !== 'previewDrafts') return published
    const merged = new Map(published.map((document) => [document._id, document]))
    for (const draft of all.filter((document) => document._id.startsWith('drafts.'))) {
      const id = draft._id.slice('drafts.'.length)
      merged.set(id, {...draft, _id: id})
    }
    return [...merged.values()]
  }

  private allowedOrigin(request: IncomingMessage): string | undefined {
    const origin = request.headers.origin
    return origin && this.options.corsOrigins?.includes(origin) ? origin : undefined
  }

  /**
   * Browser calls, as Sanity answers them: CORS headers only for an allowed origin (any other origin's call is blocked
   * by the browser), preflights for the Authorization header a draft stream sends, `/check/cors` for the client's
   * diagnosis, and `live/events` as server-sent events: a welcome, then a message with sync tags per change.
   */
  private handleBrowserCall(request: IncomingMessage, response: ServerResponse, url: URL): boolean {
    const origin = this.allowedOrigin(request)
    const cors: Record<string, string> = origin ? {'access-control-allow-origin': origin, vary: 'origin'} : {}
    if (CORS_CHECK_PATH.test(url.pathname)) {
      response.writeHead(200, {'content-type': 'application/json; charset=utf-8', 'access-control-allow-origin': '*'})
      response.end(JSON.stringify({result: {allowed: origin !== undefined, withCredentials: false}}))
      return true
    }
    if (request.method === 'OPTIONS') {
      response.writeHead(origin ? 204 : 403, {
        ...cors,
        ...(origin ? {'access-control-allow-methods': 'GET, POST', 'access-control-allow-headers': 'authorization, content-type, last-event-id, cache-control'} : {}),
      })
      response.end()
      return true
    }
    const live = LIVE_EVENTS_PATH.exec(url.pathname)
    if (!live) return false
    if (live[2] !== this.options.dataset) {
      this.reply(response, 404, {error: {description: 'Not found'}}, cors)
      return true
    }
    const includeDrafts = url.searchParams.get('includeDrafts') === 'true'
    if (includeDrafts && request.headers.authorization !== `Bearer ${this.options.token}`) {
      this.reply(response, 401, {statusCode: 401, error: 'Unauthorized', message: 'includeDrafts requires a token with read access to drafts'}, cors)
      return true
    }
    if (this.mode !== 'ok') {
      this.reply(response, 503, {error: {description: 'Live events unavailable (stand-in)'}}, cors)
      return true
    }
    response.writeHead(200, {...cors, 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive'})
    response.write(`event: welcome\ndata: {}\n\n`)
    const listener: LiveListener = {response, includeDrafts}
    this.listeners.add(listener)
    response.on('close', () => this.listeners.delete(listener))
    return true
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', this.url)
    if (this.handleBrowserCall(request, response, url)) return
    const match = QUERY_PATH.exec(url.pathname)
    if (!match || match[2] !== this.options.dataset) return this.reply(response, 404, {error: {description: 'Not found'}})
    let query = url.searchParams.get('query') ?? ''
    const params: Record<string, unknown> = {}
    try {
      for (const [key, value] of url.searchParams) if (key.startsWith('$')) params[key.slice(1)] = JSON.parse(value)
      if (request.method === 'POST') {
        const body = JSON.parse(await readBody(request)) as {query?: string; params?: Record<string, unknown>}
        query = body.query ?? query
        Object.assign(params, body.params ?? {})
      }
    } catch {
      return this.reply(response, 400, {error: {description: 'Invalid parameters'}})
    }
    const perspective = url.searchParams.get('perspective') ?? 'published'
    const sentToken = request.headers.authorization !== undefined
    const authorized = request.headers.authorization === `Bearer ${this.options.token}`
    this.requests.push({path: url.pathname, query, perspective, authorized, sourceMap: url.searchParams.has('resultSourceMap')})
    if (this.mode === 'hang') {
      this.hanging.add(response)
      return
    }
    if (this.mode === 'error') return this.reply(response, 500, {error: {description: 'Internal server error (stand-in)'}})
    if (sentToken && !authorized) return this.reply(response, 401, {statusCode: 401, error: 'Unauthorized', message: 'Session not found'})
    const started = Date.now()
    try {
      const dataset = this.visibleDocuments(perspective, authorized)
      const byId = new Map(dataset.map((document) => [document._id, document]))
      const value = await evaluate(parse(query, {params}), {dataset, params, dereference: ({_ref}) => byId.get(_ref) ?? null})
      const scope = perspective === 'published' || !authorized ? 'published' : 'drafts'
      this.reply(response, 200, {query, result: await value.get(), ms: Date.now() - started, syncTags: [syncTag(this.options.dataset, scope)]})
    } catch (error) {
      this.reply(response, 400, {error: {description: error instanceof Error ? error.message : String(error), type: 'queryParseError'}})
    }
  }

  private reply(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    response.writeHead(status, {...headers, 'content-type': 'application/json; charset=utf-8'})
    response.end(JSON.stringify(body))
  }
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = ''
    request.setEncoding('utf8')
    request.on('data', (chunk: string) => (text += chunk))
    request.on('end', () => resolve(text))
    request.on('error', reject)
  })
}
