// Runs before routing: an address with broken percent-encoding gets a plain 400 instead of the router's 500.
import {NextResponse, type NextRequest} from 'next/server'

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
  if (decodes(pathname) && decodes(search.replace(/\+/g, ' '))) return NextResponse.next()
  return new NextResponse('Bad request: the address contains an invalid character encoding.', {
    status: 400,
    headers: {'content-type': 'text/plain; charset=utf-8'},
  })
}

export const config = {
  // Static build assets have fixed, safe names; everything a person or a crawler can type goes through the check.
  matcher: ['/((?!_next/static/).*)'],
}
