// Runs before routing: a plain 400 for broken percent-encoding, and the requested path passed on for the 503 page's "try again".
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

export function proxy(request: NextRequest) {
  const {pathname, search} = request.nextUrl
  if (decodes(pathname) && decodes(search.replace(/\+/g, ' '))) {
    const headers = new Headers(request.headers)
    headers.set(REQUEST_PATH_HEADER, `${pathname}${search}`)
    return NextResponse.next({request: {headers}})
  }
  return new NextResponse('Bad request: the address contains an invalid character encoding.', {
    status: 400,
    headers: {'content-type': 'text/plain; charset=utf-8'},
  })
}

export const config = {
  // Static build assets have fixed, safe names; everything a person or a crawler can type goes through the check.
  matcher: ['/((?!_next/static/).*)'],
}
