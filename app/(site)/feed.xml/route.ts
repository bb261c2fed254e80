// RSS 2.0 feed of the latest news across the site.
import {feedResponse} from '@/lib/feed'
import {siteFeedXml} from '@/lib/feeds'
import {orUnavailableResponse} from '@/lib/content/or-unavailable'

export async function GET() {
  return orUnavailableResponse(async () => feedResponse(await siteFeedXml()))
}
