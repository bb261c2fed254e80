// TEST DOUBLE: a local stand-in for Sanity's HTTP query API (GROQ via groq-js over a dataset the test controls), for
// its Live Content API (the server-sent events <SanityLive> listens to) and for its asset CDN (`/images/…`, `/files/…`).
import {createHash} from 'node:crypto'
import {createServer, type IncomingMessage, type Server, type ServerResponse} from 'node:http'
import type {Socket} from 'node:net'
import {deflateSync} from 'node:zlib'
import {getPublishedId} from '@sanity/client/csm'
import {evaluate, parse} from 'groq-js'
import {syntheticSourceMap} from './source-map'

export type StandInDocument = {_id: string; _type: string; [field: string]: unknown}

/** How the stand-in answers queries: normally, with HTTP 500, or never (the connection stays open). */
export type StandInMode = 'ok' | 'error' | 'hang'

/** One query as received; `sourceMap`: the caller asked for Content Source Maps (what stega encoding is built from). */
export type StandInRequest = {path: string; query: string; perspective: string; authorized: boolean; sourceMap: boolean}

/**
 * What a token may read, as Sanity's roles decide: a Viewer token (the site's read token) reads everything, drafts and
 * release versions included; a Deploy Studio token reads no documents at all (it only deploys), so a query with it sees
 * what an anonymous caller sees; any other token is unknown (401 "Session not found").
 */
export type TokenRole = 'viewer' | 'deploy-studio'

/** The built-in perspectives; anything else in a `perspective` must name a release (comma-separated as a stack). */
const NAMED_PERSPECTIVES = new Set(['published', 'drafts', 'previewDrafts', 'raw'])
/** Perspective stacks (releases) exist from this API version on (Sanity docs, "Content release document flow"). */
const STACKS_SINCE = '2025-02-19'
/** Live events exist from this API version on (@sanity/client's `live.events`). */
const LIVE_SINCE = '2021-03-25'

const QUERY_PATH = /^\/v([^/]+)\/data\/query\/([^/?]+)$/
const LIVE_EVENTS_PATH = /^\/v([^/]+)\/data\/live\/events\/([^/?]+)$/
const CORS_CHECK_PATH = /^\/v([^/]+)\/check\/cors$/
/** Sanity's image CDN: `/images/{projectId}/{dataset}/{assetHash}-{width}x{height}.{format}`. */
const IMAGE_PATH = /^\/images\/([^/]+)\/([^/]+)\/([A-Za-z0-9]+)-(\d+)x(\d+)\.([a-z]+)$/
/** Sanity's file CDN: `/files/{projectId}/{dataset}/{assetId}.{extension}`. */
const FILE_PATH = /^\/files\/([^/]+)\/([^/]+)\/([A-Za-z0-9]+)\.([A-Za-z0-9]+)$/
/** The largest side the image CDN renders (https://www.sanity.io/docs/apis-and-sdks/image-urls). */
const MAX_IMAGE_SIDE = 8192
const IMAGE_FITS = new Set(['clip', 'crop', 'fill', 'fillmax', 'max', 'scale', 'min'])
const IMAGE_FORMATS = new Set(['jpg', 'pjpg', 'png', 'webp'])

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
  /** Every image the CDN route was asked for (path and query), in order. */
  readonly imageRequests: string[] = []
  /** Every file the CDN route was asked for (path and query), in order. */
  readonly fileRequests: string[] = []
  private documents = new Map<string, StandInDocument>()

  /** The sync tag every published read carries (and every Live event about published content names). */
  get publishedSyncTag(): string {
    return syncTag(this.options.dataset, 'published')
  }
  /** The bytes of each uploaded file asset, by asset document id (`file-{assetId}-{extension}`). */
  private files = new Map<string, Buffer>()
  private server: Server | undefined
  private sockets = new Set<Socket>()
  private hanging = new Set<ServerResponse>()
  private listeners = new Set<LiveListener>()
  private lastEventId = 0

  /**
   * `corsOrigins`: the browser origins allowed to call the API (sanity.io/manage → API → CORS origins). `projectId`:
   * the project the image CDN route answers for (the e2e build's, 'standin', unless told).
   */
  constructor(
    readonly port: number,
    private readonly options: {
      dataset: string
      token: string
      corsOrigins?: string[]
      projectId?: string
      /** A private dataset: anonymous callers (and tokens that may not read) see no documents at all. */
      private?: boolean
      /** Further tokens and their roles (the `token` above is a Viewer's). */
      tokens?: Record<string, TokenRole>
      /** How many Live streams may be open at once; the next one gets `goaway` (the plan's connection limit). */
      maxLiveConnections?: number
    },
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`
  }

  /**
   * Replaces the dataset, as `sanity dataset import` does: every document gets `_createdAt` and `_updatedAt` (the import
   * time, unless the file carries them) and a `_rev`, as the Content Lake stamps them.
   */
  setDocuments(documents: StandInDocument[]): void {
    const now = new Date().toISOString()
    this.documents = new Map(
      documents.map((document) => [
        document._id,
        structuredClone({_createdAt: now, _updatedAt: now, ...document, _rev: revision()}),
      ]),
    )
  }

  /** Makes the dataset private (anonymous reads see nothing) or public again, as sanity.io/manage → Datasets does. */
  setPrivate(value: boolean): void {
    this.options.private = value
  }

  /**
   * Creates or replaces one document, as publishing (or, for a `drafts.` id, editing) in the Studio would, and tells
   * the Live listeners that may see it: a draft reaches only streams opened with `includeDrafts` and the token.
   */
  put(document: StandInDocument): void {
    const now = new Date().toISOString()
    const createdAt = this.documents.get(document._id)?._createdAt ?? document._createdAt ?? now
    this.documents.set(document._id, structuredClone({...document, _createdAt: createdAt, _updatedAt: now, _rev: revision()}))
    this.announce(isDraftOrVersion(document._id) ? 'drafts' : 'published')
  }

  /** Deletes one document (unpublishing deletes the published one), as the Studio would, and tells Live listeners. */
  delete(id: string): void {
    if (!this.documents.delete(id)) return
    this.announce(isDraftOrVersion(id) ? 'drafts' : 'published')
  }

  /**
   * Uploads a file, as Sanity's assets API does: a `sanity.fileAsset` document `file-{assetId}-{extension}` with its
   * size, MIME type and CDN url, and the bytes its file route then serves. Returns the asset document.
   */
  putFile(assetId: string, extension: string, mimeType: string, bytes: Buffer, originalFilename: string): StandInDocument {
    const {dataset} = this.options
    const asset: StandInDocument = {
      _id: `file-${assetId}-${extension}`,
      _type: 'sanity.fileAsset',
      assetId,
      extension,
      mimeType,
      size: bytes.length,
      originalFilename,
      path: `files/${this.projectId}/${dataset}/${assetId}.${extension}`,
      url: `https://cdn.sanity.io/files/${this.projectId}/${dataset}/${assetId}.${extension}`,
    }
    this.files.set(asset._id, Buffer.from(bytes))
    this.put(asset)
    return asset
  }

  private get projectId(): string {
    return this.options.projectId ?? 'standin'
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

  /** Sets the plan's Live connection limit (undefined: none): streams opened beyond it get `goaway` at once. */
  limitLiveConnections(max: number | undefined): void {
    this.options.maxLiveConnections = max
  }

  /** Tells every open Live stream to start over (`restart`): the Content Lake does so when it may have missed changes. */
  restartLive(): void {
    for (const listener of this.listeners) {
      this.lastEventId += 1
      listener.response.write(`event: restart\nid: ${this.lastEventId}\ndata: {}\n\n`)
    }
  }

  /** Closes every open Live stream with `goaway`, as the Content Lake does when the plan's connection limit is reached. */
  goAwayLive(reason = 'connection limit reached'): void {
    for (const listener of this.listeners) {
      listener.response.end(`event: goaway\ndata: ${JSON.stringify({reason})}\n\n`)
    }
    this.listeners.clear()
  }

  /** Every published document (root path, no draft or version), as a webhook's projection sees the dataset. */
  publishedDocuments(): StandInDocument[] {
    return [...this.documents.values()].filter((document) => !isDraftOrVersion(document._id)).map((document) => structuredClone(document))
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

  /**
   * What a perspective shows. `raw`: every document. `published`: root-path documents without drafts or versions. A
   * stack (`rA,drafts`, `drafts`, `rA`): for each document, the first that exists of its version in each release named,
   * its draft if `drafts` is named, then the published document; `_id` is the published id and `_originalId` the one read.
   * `readsPrivate`: the caller's token may read private paths (dotted ids: drafts, versions, preview secrets); without
   * it only root-path documents exist, and in a private dataset none.
   */
  private visibleDocuments(perspective: string[], readsPrivate: boolean): StandInDocument[] {
    if (this.options.private && !readsPrivate) return []
    const all = [...this.documents.values()].filter((document) => readsPrivate || !document._id.includes('.'))
    if (perspective[0] === 'raw') return all
    const published = all.filter((document) => !isDraftOrVersion(document._id))
    const layers = perspective.map((name) => (name === 'previewDrafts' ? 'drafts' : name)).filter((name) => name !== 'published')
    if (layers.length === 0) return published
    const merged = new Map(published.map((document) => [document._id, document]))
    for (const layer of [...layers].reverse()) {
      const prefix = layer === 'drafts' ? 'drafts.' : `versions.${layer}.`
      for (const document of all.filter((candidate) => candidate._id.startsWith(prefix))) {
        const id = getPublishedId(document._id)
        merged.set(id, {...document, _id: id, _originalId: document._id})
      }
    }
    return [...merged.values()]
  }

  /** A release exists when it has a release document (`_.releases.<name>`) or any version document. */
  private releaseExists(name: string): boolean {
    if (this.documents.has(`_.releases.${name}`)) return true
    return [...this.documents.keys()].some((id) => id.startsWith(`versions.${name}.`))
  }

  /**
   * The perspective as Sanity parses it, or why it answers 400: a named perspective alone (`raw` never in a stack), or
   * a comma-separated stack of `drafts`, `published` and existing release names, which needs API version 2025-02-19.
   */
  private parsePerspective(value: string, apiVersion: string): string[] | string {
    const names = value.split(',').map((name) => name.trim())
    if (names.some((name) => name === '')) return `Invalid perspective "${value}"`
    if (names.length > 1 && names.includes('raw')) return 'The raw perspective can not be combined with other perspectives'
    for (const name of names) {
      if (NAMED_PERSPECTIVES.has(name)) continue
      if (!/^[A-Za-z0-9_-]+$/.test(name) || !this.releaseExists(name)) return `Unknown perspective or release "${name}"`
      if (!versionAtLeast(apiVersion, STACKS_SINCE)) return `Release perspectives need API version ${STACKS_SINCE} or later`
    }
    return names
  }

  /** The role of the token a request sends: none, a known one, or 'unknown' (answered 401). */
  private roleOf(request: IncomingMessage): TokenRole | 'none' | 'unknown' {
    const header = request.headers.authorization
    if (header === undefined) return 'none'
    const token = header.startsWith('Bearer ') ? header.slice('Bearer '.length) : ''
    if (token === this.options.token) return 'viewer'
    return this.options.tokens?.[token] ?? 'unknown'
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
        ...(origin
          ? {'access-control-allow-methods': 'GET, POST', 'access-control-allow-headers': 'authorization, content-type, last-event-id, cache-control'}
          : {}),
      })
      response.end()
      return true
    }
    const live = LIVE_EVENTS_PATH.exec(url.pathname)
    if (!live) return false
    if (!isApiVersion(live[1]!) || !versionAtLeast(live[1]!, LIVE_SINCE)) {
      this.reply(response, 400, {error: {description: `Invalid API version "${live[1]}"`, type: 'httpBadRequest'}}, cors)
      return true
    }
    if (live[2] !== this.options.dataset) {
      this.reply(response, 404, {error: {description: 'Not found'}}, cors)
      return true
    }
    const includeDrafts = url.searchParams.get('includeDrafts') === 'true'
    if (includeDrafts && this.roleOf(request) !== 'viewer') {
      this.reply(response, 401, {statusCode: 401, error: 'Unauthorized', message: 'includeDrafts requires a token with read access to drafts'}, cors)
      return true
    }
    if (this.mode !== 'ok') {
      this.reply(response, 503, {error: {description: 'Live events unavailable (stand-in)'}}, cors)
      return true
    }
    response.writeHead(200, {...cors, 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive'})
    if (this.options.maxLiveConnections !== undefined && this.listeners.size >= this.options.maxLiveConnections) {
      response.end(`event: goaway\ndata: ${JSON.stringify({reason: 'connection limit reached'})}\n\n`)
      return true
    }
    response.write(`event: welcome\ndata: {}\n\n`)
    const listener: LiveListener = {response, includeDrafts}
    this.listeners.add(listener)
    response.on('close', () => this.listeners.delete(listener))
    return true
  }

  /**
   * The image CDN, as strict as Sanity's about what the site sends: the project, dataset and asset must exist (an
   * `sanity.imageAsset` document `image-{hash}-{w}x{h}-{format}` in the dataset), `rect` must lie inside the original,
   * `w`/`h` between 1 and 8192, `fit`, `fm` and `auto` one of Sanity's values. It answers a PNG of the size Sanity would
   * send, filled with the asset's dominant colour (`metadata.palette.dominant.background`). It encodes PNG only: `fm` of
   * another format is answered 501, and `auto=format` gets PNG, which Sanity may also send (the original's format).
   */
  private handleImage(request: IncomingMessage, response: ServerResponse, url: URL): boolean {
    const match = IMAGE_PATH.exec(url.pathname)
    if (!match) return false
    this.imageRequests.push(`${url.pathname}${url.search}`)
    const [, project, dataset, hash, originalWidth, originalHeight, extension] = match as unknown as [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
    ]
    const refuse = (status: number, description: string) => {
      this.reply(response, status, {error: {description}})
      return true
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405, 'Method not allowed')
    if (project !== this.projectId || dataset !== this.options.dataset) return refuse(404, 'Not found')
    const asset = this.documents.get(`image-${hash}-${originalWidth}x${originalHeight}-${extension}`)
    if (asset?._type !== 'sanity.imageAsset') return refuse(404, 'Not found')
    const size = imageOutputSize(url.searchParams, Number(originalWidth), Number(originalHeight))
    if (typeof size === 'string') return refuse(400, size)
    const format = url.searchParams.get('fm')
    if (format && format !== 'png') return refuse(501, `The stand-in encodes PNG only, not ${format}`)
    const palette = (asset.metadata as {palette?: {dominant?: {background?: string}}} | undefined)?.palette
    const png = solidPng(size.width, size.height, palette?.dominant?.background ?? '#808080')
    response.writeHead(200, {'content-type': 'image/png', 'content-length': String(png.length), 'cache-control': 'public, max-age=31536000'})
    response.end(request.method === 'HEAD' ? undefined : png)
    return true
  }

  /**
   * The file CDN, as strict as Sanity's: the project, dataset and a `sanity.fileAsset` with exactly that id and
   * extension must exist; it answers the uploaded bytes with the asset's MIME type and length. Every request is recorded.
   */
  private handleFile(request: IncomingMessage, response: ServerResponse, url: URL): boolean {
    const match = FILE_PATH.exec(url.pathname)
    if (!match) return false
    this.fileRequests.push(`${url.pathname}${url.search}`)
    const [, project, dataset, assetId, extension] = match as unknown as [string, string, string, string, string]
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      this.reply(response, 405, {error: {description: 'Method not allowed'}})
      return true
    }
    const id = `file-${assetId}-${extension}`
    const asset = this.documents.get(id)
    const bytes = this.files.get(id)
    if (project !== this.projectId || dataset !== this.options.dataset || asset?._type !== 'sanity.fileAsset' || !bytes) {
      this.reply(response, 404, {error: {description: 'Not found'}})
      return true
    }
    response.writeHead(200, {
      'content-type': typeof asset.mimeType === 'string' ? asset.mimeType : 'application/octet-stream',
      'content-length': String(bytes.length),
      'cache-control': 'public, max-age=31536000',
    })
    response.end(request.method === 'HEAD' ? undefined : bytes)
    return true
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', this.url)
    if (this.handleImage(request, response, url)) return
    if (this.handleFile(request, response, url)) return
    if (this.handleBrowserCall(request, response, url)) return
    const match = QUERY_PATH.exec(url.pathname)
    if (!match || match[2] !== this.options.dataset) return this.reply(response, 404, {error: {description: 'Not found'}})
    const apiVersion = match[1]!
    if (!isApiVersion(apiVersion)) return this.reply(response, 400, {error: {description: `Invalid API version "${apiVersion}"`, type: 'httpBadRequest'}})
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
    const role = this.roleOf(request)
    const authorized = role === 'viewer'
    const sourceMap = url.searchParams.has('resultSourceMap') && url.searchParams.get('resultSourceMap') !== 'false'
    this.requests.push({path: url.pathname, query, perspective, authorized, sourceMap})
    if (this.mode === 'hang') {
      this.hanging.add(response)
      return
    }
    if (this.mode === 'error') return this.reply(response, 500, {error: {description: 'Internal server error (stand-in)'}})
    if (role === 'unknown') return this.reply(response, 401, {statusCode: 401, error: 'Unauthorized', message: 'Session not found'})
    const stack = this.parsePerspective(perspective, apiVersion)
    if (typeof stack === 'string') return this.reply(response, 400, {error: {description: stack, type: 'httpBadRequest'}})
    const started = Date.now()
    try {
      const dataset = this.visibleDocuments(stack, authorized)
      const byId = new Map(dataset.map((document) => [document._id, document]))
      const value = await evaluate(parse(query, {params}), {dataset, params, dereference: ({_ref}) => byId.get(_ref) ?? null})
      const scope = (stack.length === 1 && stack[0] === 'published') || !authorized ? 'published' : 'drafts'
      const result = await value.get()
      this.reply(response, 200, {
        query,
        result,
        ...(sourceMap ? {resultSourceMap: syntheticSourceMap(result, (id) => byId.get(id)?._type)} : {}),
        ms: Date.now() - started,
        syncTags: [syncTag(this.options.dataset, scope)],
      })
    } catch (error) {
      this.reply(response, 400, {error: {description: error instanceof Error ? error.message : String(error), type: 'queryParseError'}})
    }
  }

  private reply(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    response.writeHead(status, {...headers, 'content-type': 'application/json; charset=utf-8'})
    response.end(JSON.stringify(body))
  }
}

/** A new document revision id, as the Content Lake gives one on every write. */
function revision(): string {
  return createHash('sha256').update(`${Date.now()}:${Math.random()}`).digest('base64url').slice(0, 22)
}

/** `v1`, `vX` or a real calendar date `vYYYY-MM-DD` (without the `v`): the API versions Sanity accepts. */
function isApiVersion(version: string): boolean {
  if (version === '1' || version === 'X') return true
  if (!/^\d{4}-\d{2}-\d{2}$/.test(version)) return false
  const date = new Date(`${version}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(version)
}

/** Whether an API version has a feature introduced at `since` (`X` always; `1` never). */
function versionAtLeast(version: string, since: string): boolean {
  return version === 'X' || (version !== '1' && version >= since)
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

function positiveSide(value: string | null, name: string): number | string | undefined {
  if (value === null) return undefined
  const side = Number(value)
  return Number.isInteger(side) && side >= 1 && side <= MAX_IMAGE_SIDE ? side : `${name} must be an integer from 1 to ${MAX_IMAGE_SIDE}`
}

/** The output size Sanity's CDN gives for these parameters, or why it would refuse them. */
function imageOutputSize(params: URLSearchParams, originalWidth: number, originalHeight: number): {width: number; height: number} | string {
  let region = {width: originalWidth, height: originalHeight}
  const rect = params.get('rect')
  if (rect !== null) {
    const parts = rect.split(',').map(Number)
    if (parts.length !== 4 || !parts.every((part) => Number.isInteger(part) && part >= 0)) return 'rect must be four non-negative integers'
    const [left, top, width, height] = parts as [number, number, number, number]
    if (width < 1 || height < 1 || left + width > originalWidth || top + height > originalHeight) return 'rect must lie inside the image'
    region = {width, height}
  }
  const fit = params.get('fit')
  if (fit !== null && !IMAGE_FITS.has(fit)) return `unknown fit: ${fit}`
  const format = params.get('fm')
  if (format !== null && !IMAGE_FORMATS.has(format)) return `unknown format: ${format}`
  const auto = params.get('auto')
  if (auto !== null && auto !== 'format') return `unknown auto: ${auto}`
  const width = positiveSide(params.get('w'), 'w')
  const height = positiveSide(params.get('h'), 'h')
  if (typeof width === 'string') return width
  if (typeof height === 'string') return height
  const aspect = region.width / region.height
  if (width !== undefined && height !== undefined) {
    if (fit === 'max' || fit === 'clip' || fit === 'min') {
      const scale = Math.min(width / region.width, height / region.height, fit === 'max' ? 1 : Infinity)
      return {width: Math.round(region.width * scale), height: Math.round(region.height * scale)}
    }
    return {width, height}
  }
  if (width !== undefined) {
    const shown = fit === 'max' ? Math.min(width, region.width) : width
    return {width: shown, height: Math.max(1, Math.round(shown / aspect))}
  }
  if (height !== undefined) {
    const shown = fit === 'max' ? Math.min(height, region.height) : height
    return {width: Math.max(1, Math.round(shown * aspect)), height: shown}
  }
  return region
}

const CRC_TABLE = Array.from({length: 256}, (_, byte) => {
  let value = byte
  for (let bit = 0; bit < 8; bit += 1) value = value & 1 ? 0xedb88320 ^ (value >>> 1) : value >>> 1
  return value >>> 0
})

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8)
  return (crc ^ 0xffffffff) >>> 0
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(typed))
  return Buffer.concat([length, typed, crc])
}

/** A real PNG (8-bit RGB) of one colour: enough for a browser or next/og to decode and draw at the size asked. */
function solidPng(width: number, height: number, hex: string): Buffer {
  const [red, green, blue] = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16)) as [number, number, number]
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 2, 0, 0, 0], 8)
  const row = Buffer.alloc(1 + width * 3)
  for (let x = 0; x < width; x += 1) row.set([red, green, blue], 1 + x * 3)
  const pixels = Buffer.concat(Array.from({length: height}, () => row))
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  return Buffer.concat([signature, pngChunk('IHDR', header), pngChunk('IDAT', deflateSync(pixels)), pngChunk('IEND', Buffer.alloc(0))])
}
