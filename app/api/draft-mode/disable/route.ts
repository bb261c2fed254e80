// Leaves draft mode (the banner's "Leave preview") and returns to the same page as readers see it.
import {draftMode} from 'next/headers'
import {safeReturnPath} from '@/lib/content-unavailable'

export async function GET(request: Request) {
  ;(await draftMode()).disable()
  const to = safeReturnPath(new URL(request.url).searchParams.get('to'))
  // A relative Location keeps the reader on this site whatever its configured public address.
  return new Response(null, {status: 303, headers: {location: to, 'cache-control': 'no-store'}})
}
