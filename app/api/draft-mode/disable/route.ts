// Leaves draft mode (the banner's "Leave preview") and returns to the same page as readers see it.
import {draftMode} from 'next/headers'
import {sameOriginReturnPath} from '@/lib/http/return-path'

export async function GET(request: Request) {
  ;(await draftMode()).disable()
  const to = sameOriginReturnPath(new URL(request.url).searchParams.get('to'))
  // A relative Location keeps the reader on this site whatever its configured public address.
  return new Response(null, {status: 303, headers: {location: to, 'cache-control': 'no-store'}})
}
