// Runs before routing: a plain 400 for broken percent-encoding, a 414 for an over-long path segment, and the requested path passed on for the 503 page's "try again".
import {NextResponse, type NextRequest} from 'next/server'
import {REQUEST_PATH_HEADER} from '@/lib/content-unavailable'

function decodes(value: string): boolean {
  try {
    decodeURIComponent(value)
    return true
  } catch {
    return false
  }
}

/**
 * Pages rendered per request (items, countries, topics, search) would otherwise be marked uncacheable: a CDN may
 * keep them a minute and refresh them in the background. Prerendered pages get the same, which also bounds how long
 * a CDN serves a page after the webhook revalidated it. Draft-mode previews are never marked public.
 */
export const PAGE_CACHE_CONTROL = 'public, max-age=0, s-maxage=60, stale-while-revalidate=600'
const DRAFT_MODE_COOKIE = '__prerender_bypass'
/** Route handlers (feeds, sitemap, share images, the 503 page) and the Studio set their own caching. */
const NOT_PAGES = /^\/(api|studio|_next|content-unavailable)(\/|$)|\.[a-z]+$|\/og-image$/

function isPublicPage(request: NextRequest): boolean {
  return (request.method === 'GET' || request.method === 'HEAD') && !NOT_PAGES.test(request.nextUrl.pathname) && !request.cookies.has(DRAFT_MODE_COOKIE)
}

/** No real address has a path segment this long; longer ones would only reach the page cache as over-long file names. */
const MAX_SEGMENT_LENGTH = 200

function plainText(status: number, message: string) {
  return new NextResponse(message, {status, headers: {'content-type': 'text/plain; charset=utf-8'}})
}

export function proxy(request: NextRequest) {
  const {pathname, search} = request.nextUrl
  if (!decodes(pathname) || !decodes(search.replace(/\+/g, ' '))) {
    return plainText(400, 'Bad request: the address contains an invalid character encoding.')
  }
  if (pathname.split('/').some((segment) => segment.length > MAX_SEGMENT_LENGTH)) {
    return plainText(414, 'The address is too long.')
  }
  const headers = new Headers(request.headers)
  headers.set(REQUEST_PATH_HEADER, `${pathname}${search}`)
  const response = NextResponse.next({request: {headers}})
  if (isPublicPage(request)) response.headers.set('cache-control', PAGE_CACHE_CONTROL)
  return response
}

export const config = {
  // Static build assets have fixed, safe names; everything a person or a crawler can type goes through the check.
  matcher: ['/((?!_next/static/).*)'],
}
