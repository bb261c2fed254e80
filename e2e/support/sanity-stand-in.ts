// TEST DOUBLE: a local stand-in for Sanity's HTTP query API (GROQ via groq-js over a dataset the test controls).
import {createServer, type IncomingMessage, type Server, type ServerResponse} from 'node:http'
import type {Socket} from 'node:net'
import {evaluate, parse} from 'groq-js'

export type StandInDocument = {_id: string; _type: string; [field: string]: unknown}

/** How the stand-in answers queries: normally, with HTTP 500, or never (the connection stays open). */
export type StandInMode = 'ok' | 'error' | 'hang'

export type StandInRequest = {path: string; query: string; perspective: string; authorized: boolean}

const QUERY_PATH = /^\/v([^/]+)\/data\/query\/([^/?]+)$/

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

  constructor(
    readonly port: number,
    private readonly options: {dataset: string; token: string},
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`
  }

  setDocuments(documents: StandInDocument[]): void {
    this.documents = new Map(documents.map((document) => [document._id, structuredClone(document)]))
  }

  /** Creates or replaces one document, as publishing in the Studio would. */
  put(document: StandInDocument): void {
    this.documents.set(document._id, structuredClone({...document, _updatedAt: new Date().toISOString()}))
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

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', this.url)
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
    this.requests.push({path: url.pathname, query, perspective, authorized})
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
      this.reply(response, 200, {query, result: await value.get(), ms: Date.now() - started, syncTags: []})
    } catch (error) {
      this.reply(response, 400, {error: {description: error instanceof Error ? error.message : String(error), type: 'queryParseError'}})
    }
  }

  private reply(response: ServerResponse, status: number, body: unknown): void {
    response.writeHead(status, {'content-type': 'application/json; charset=utf-8'})
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
