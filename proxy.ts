// Runs before routing, only on requests that can fail: a plain 400 for broken percent-encoding or a broken router-state
// header, a 414 for an over-long path segment, a 405 for anything but GET or HEAD on a feed or share image, and a 404
// for a server-action call to a cached function or next-sanity's unused Live action. It
// sets no cache headers on what it lets through (next.config.ts and Next do).
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {NextResponse, type NextRequest} from 'next/server'
// Next's own check of the header (the one whose failure is a 500 later), so the proxy refuses exactly what Next would
// fail on (docs/workarounds.md, "A malformed router-state header").
import {parseAndValidateFlightRouterState} from './lib/next-internals/router.mjs'

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

/**
 * Server actions nobody may call (security review 2026-12-05, N4/N11): every 'use cache' function is registered as one
 * too (Next names them $$RSC_SERVER_CACHE_n), and next-sanity's Live action is registered though the site no longer
 * uses it (it throws, a 500, on anything but a list of sanity tags). Read from the build's manifest once.
 */
function refusedActions(): ReadonlySet<string> {
  try {
    const file = path.join(process.cwd(), process.env.NEXT_DIST_DIR?.trim() || '.next', 'server', 'server-reference-manifest.json')
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as {node?: Record<string, {exportedName?: string}>}
    return new Set(
      Object.entries(manifest.node ?? {})
        .filter(([, entry]) => entry.exportedName?.startsWith('$$RSC_SERVER_CACHE') || entry.exportedName === 'revalidateSyncTagsAction')
        .map(([id]) => id),
    )
  } catch {
    return new Set()
  }
}

let refused: ReadonlySet<string> | undefined

export function proxy(request: NextRequest) {
  const {pathname} = request.nextUrl
  const action = request.headers.get('next-action')
  if (action !== null && (refused ??= refusedActions()).has(action)) return plainText(404, 'Not found.')
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
    // Server-action calls: see refusedActions.
    {source: '/:path*', has: [{type: 'header', key: 'next-action'}]},
  ],
}
