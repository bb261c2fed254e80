// Runs before routing, only on addresses that can fail: a plain 400 for broken percent-encoding and a 414 for an
// over-long path segment. It sets no cache headers (Next sends the right ones for cached and dynamic pages).
import {NextResponse, type NextRequest} from 'next/server'

function decodes(value: string): boolean {
  try {
    decodeURIComponent(value)
    return true
  } catch {
    return false
  }
}

/** No real address has a path segment this long; longer ones would only reach the page cache as over-long file names. */
const MAX_SEGMENT_LENGTH = 200

function plainText(status: number, message: string) {
  return new NextResponse(message, {status, headers: {'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store'}})
}

export function proxy(request: NextRequest) {
  const {pathname} = request.nextUrl
  if (!decodes(pathname)) return plainText(400, 'Bad request: the address contains an invalid character encoding.')
  if (pathname.split('/').some((segment) => segment.length > MAX_SEGMENT_LENGTH)) return plainText(414, 'The address is too long.')
  return NextResponse.next()
}

export const config = {
  // Only paths with a percent sign (the router answers a broken encoding in the path with 500) or a segment over 200
  // characters: every other request, cached pages above all, skips the proxy, which would halve their throughput.
  matcher: ['/(.*%.*)', '/(.*[^/]{201}.*)'],
}
