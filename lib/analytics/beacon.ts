// The view beacon's answer to one request (app/api/views/route.ts): checks it, leaves bots and unknown pages out, and adds one to a day's count.
import type {Queryable} from '@/lib/db/database'
import {readBodyWithin} from '@/lib/http/request-body'
import {isBot, MAX_VIEW_BODY_BYTES, parseView, recordView, type View, type ViewKind} from './views'

export type BeaconDeps = {
  db: () => Promise<Queryable>
  /** Whether a published page of this kind has this slug: only known pages are counted. */
  exists: (kind: ViewKind, slug: string) => Promise<boolean>
  /** The site's own host names (a referrer among them is a reader moving between our pages). */
  ownHosts: readonly string[]
  /** Called after each counted view (the "Most read" lists' refresh, at most hourly). */
  counted?: (db: Queryable) => Promise<void>
}

/** 1×1 transparent GIF: what the no-JavaScript beacon (an <img> in <noscript>) loads. */
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64')

const NO_STORE = {'cache-control': 'no-store'}

export type Outcome = 'counted' | 'bot' | 'bad-request' | 'unknown-page' | 'too-large' | 'unavailable'

const STATUS: Record<Exclude<Outcome, 'counted' | 'bot'>, number> = {'bad-request': 400, 'unknown-page': 404, 'too-large': 413, unavailable: 503}

const MESSAGE: Record<Exclude<Outcome, 'counted' | 'bot'>, string> = {
  'bad-request': 'Bad request: a view names a kind (news, country, topic), a slug and a language (en, es).',
  'unknown-page': 'Not found: no published page has this address.',
  'too-large': 'The view is too large.',
  unavailable: 'Views cannot be counted right now.',
}

async function count(request: Request, fields: Record<string, unknown>, deps: BeaconDeps): Promise<Outcome> {
  const view: View | null = parseView(fields, deps.ownHosts)
  if (!view) return 'bad-request'
  // Only the user agent is looked at, and only here: it is never stored.
  if (isBot(request.headers.get('user-agent'))) return 'bot'
  try {
    if (!(await deps.exists(view.kind, view.slug))) return 'unknown-page'
    const db = await deps.db()
    await recordView(db, view)
    await deps.counted?.(db)
    return 'counted'
  } catch (error) {
    console.error(`[views] a view could not be counted: ${error instanceof Error ? error.message.slice(0, 160) : 'unknown error'}`)
    return 'unavailable'
  }
}

function failure(outcome: Exclude<Outcome, 'counted' | 'bot'>): Response {
  return new Response(MESSAGE[outcome], {status: STATUS[outcome], headers: {...NO_STORE, 'content-type': 'text/plain; charset=utf-8'}})
}

/** POST from navigator.sendBeacon: a small JSON object {k, s, l, r} (sent as text/plain, so no preflight). 204 whether counted or a bot. */
export async function handleBeaconPost(request: Request, deps: BeaconDeps): Promise<Response> {
  const text = await readBodyWithin(request, MAX_VIEW_BODY_BYTES)
  if (text === null) return failure('too-large')
  let fields: unknown
  try {
    fields = JSON.parse(text)
  } catch {
    return failure('bad-request')
  }
  if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) return failure('bad-request')
  const outcome = await count(request, fields as Record<string, unknown>, deps)
  return outcome === 'counted' || outcome === 'bot' ? new Response(null, {status: 204, headers: NO_STORE}) : failure(outcome)
}

/** GET from the <noscript> image: k, s and l in the query (no referrer: an image only knows the page it is on). */
export async function handleBeaconGet(request: Request, deps: BeaconDeps): Promise<Response> {
  const url = new URL(request.url)
  if (url.search.length > MAX_VIEW_BODY_BYTES) return failure('too-large')
  const fields = Object.fromEntries(['k', 's', 'l'].map((name) => [name, url.searchParams.get(name) ?? undefined]))
  const outcome = await count(request, fields, deps)
  if (outcome !== 'counted' && outcome !== 'bot') return failure(outcome)
  return new Response(new Uint8Array(PIXEL), {status: 200, headers: {...NO_STORE, 'content-type': 'image/gif', 'content-length': String(PIXEL.length)}})
}
