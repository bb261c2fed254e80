// Runs before routing, only on requests that can fail: a plain 400 for broken percent-encoding or a broken router-state
// header, a 414 for an over-long path segment, a 405 for anything but GET or HEAD on a feed or share image, and a 404
// for any server-action call but an editor's preview switch (see refuseActionCall). It
// sets no cache headers on what it lets through (the portal's server and Next do: lib/http/response-headers.mjs).
import path from 'node:path'
import {NextResponse, type NextRequest} from 'next/server'
// Next's own check of the header (the one whose failure is a 500 later), so the proxy refuses exactly what Next would
// fail on (docs/workarounds.md, "A malformed router-state header").
import {parseAndValidateFlightRouterState} from './lib/next-internals/router.mjs'
import {EDITOR_ACTION_BODY_LIMIT, editorActionBodyValid, inDraftMode, loadActionGate, type ActionGate} from './lib/http/server-action-gate'

function decodes(value: string): boolean {
  try {
    decodeURIComponent(value)
    return true
  } catch {
    return false
  }
}

const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/

/** No real address has a path segment this long; longer ones would only reach the page cache as over-long file names. */
const MAX_SEGMENT_LENGTH = 200

/** Sent by Next's client router on navigations; only a hand-made request carries one that does not parse. */
const ROUTER_STATE_HEADER = 'next-router-state-tree'

function routerStateParses(value: string): boolean {
  try {
    parseAndValidateFlightRouterState(value)
    return true
  } catch {
    return false
  }
}

/** Feeds, share images and briefs take only GET and HEAD (docs/workarounds.md, "405 on feeds and share images"). */
const ROUTE_HANDLER_PATH = /\/(feed\.(xml|atom|json|csv)|og-image|brief\.pdf)$/

function plainText(status: number, message: string, headers: Record<string, string> = {}) {
  return new NextResponse(message, {status, headers: {'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...headers}})
}

/** Read from the build's manifests once (lib/http/server-action-gate.ts). */
let gate: ActionGate | undefined

const FORM_CONTENT_TYPE = /^\s*(multipart\/form-data|application\/x-www-form-urlencoded)\b/i

/** The Origin a browser sends with an action call names this host (as Next compares it: X-Forwarded-Host, else Host). */
function sameOrigin(request: NextRequest): boolean {
  const origin = request.headers.get('origin')
  if (origin === null) return true
  const host = request.headers.get('x-forwarded-host')?.split(',')[0]?.trim() || request.headers.get('host')
  try {
    return new URL(origin).host === host
  } catch {
    return false
  }
}

/**
 * A server-action call (security review 2026-12-05, N1/N4/N11): every 'use cache' function is registered as an action
 * too, and so are next-sanity's Live and editor actions, which throw (a 500) on arguments they do not expect. Only the
 * editor actions are let through, from an editor in draft mode, with an argument they take; anything else is refused
 * before Next decodes the body. A form POST to a page (no-JavaScript action call; the site has no such form) is 405.
 * Returns undefined for a call that may go on.
 */
async function refuseActionCall(request: NextRequest, action: string | null): Promise<NextResponse | undefined> {
  // Next runs actions on POST only: a GET carrying the header is a plain page request.
  if (request.method !== 'POST') return undefined
  if (action === null) {
    if (!FORM_CONTENT_TYPE.test(request.headers.get('content-type') ?? '')) return undefined
    if (request.nextUrl.pathname.startsWith('/api/')) return undefined
    return plainText(405, 'Method not allowed.', {allow: 'GET, HEAD'})
  }
  gate ??= loadActionGate(path.join(process.cwd(), process.env.NEXT_DIST_DIR?.trim() || '.next'))
  const editorAction = gate.editorActions.get(action)
  if (editorAction === undefined) return plainText(404, 'Not found.')
  if (!inDraftMode(request.cookies.get('__prerender_bypass')?.value, gate)) return plainText(404, 'Not found.')
  // Next's own check answers a cross-site call with 500: an editor's draft-mode cookie is SameSite=None.
  if (!sameOrigin(request)) return plainText(403, 'Forbidden: a cross-site action call.')
  const length = Number(request.headers.get('content-length') ?? 0)
  if (!(length <= EDITOR_ACTION_BODY_LIMIT)) return plainText(413, 'Payload too large.')
  const body = await request.clone().text()
  if (!editorActionBodyValid(editorAction, body)) return plainText(400, 'Bad request: not an argument this action takes.')
  return undefined
}

export async function proxy(request: NextRequest) {
  const {pathname} = request.nextUrl
  const refusal = await refuseActionCall(request, request.headers.get('next-action'))
  if (refusal) return refusal
  if (ROUTE_HANDLER_PATH.test(pathname) && request.method !== 'GET' && request.method !== 'HEAD') {
    return plainText(405, 'Method not allowed.', {allow: 'GET, HEAD'})
  }
  if (!decodes(pathname)) return plainText(400, 'Bad request: the address contains an invalid character encoding.')
  // A control character (NUL above all) in a decoded path: no page has one, and Next logs a stack trace per request
  // for a NUL when it tries to cache the 404 under that name (review 2026-12-05, N13).
  if (CONTROL_CHARACTER.test(decodeURIComponent(pathname))) return plainText(400, 'Bad request: the address contains a control character.')
  if (pathname.split('/').some((segment) => segment.length > MAX_SEGMENT_LENGTH)) return plainText(414, 'The address is too long.')
  const routerState = request.headers.get(ROUTER_STATE_HEADER)
  if (routerState !== null && !routerStateParses(routerState)) return plainText(400, 'Bad request: the router state header is malformed.')
  return NextResponse.next()
}

export const config = {
  // Only paths with a percent sign (the router answers a broken encoding in the path with 500), a segment over 200
  // characters, a router-state header (Next answers one it cannot parse with 500; only client navigations carry it),
  // and feeds and share images (see ROUTE_HANDLER_PATH): every other request, pages above all, skips the proxy,
  // which would halve their throughput.
  matcher: [
    '/(.*%.*)',
    '/(.*[^/]{201}.*)',
    {source: '/:path*', has: [{type: 'header', key: 'next-router-state-tree'}]},
    '/feed.xml',
    '/:path+/feed.xml',
    '/:path+/feed.atom',
    '/:path+/feed.json',
    '/:path+/feed.csv',
    '/:path+/brief.pdf',
    '/:path+/og-image',
    // Server-action calls, and form POSTs to pages (no-JavaScript action calls): see refuseActionCall.
    {source: '/:path*', has: [{type: 'header', key: 'next-action'}]},
    {source: '/((?!api/).*)', has: [{type: 'header', key: 'content-type', value: '(?:multipart/form-data|application/x-www-form-urlencoded).*'}]},
  ],
}
