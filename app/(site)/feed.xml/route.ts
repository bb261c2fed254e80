// RSS 2.0 feed of the latest news across the site.
import {feedResponse} from '@/lib/feed'
import {siteFeedXml} from '@/lib/feeds'

export async function GET() {
  return feedResponse(await siteFeedXml())
}
