// RSS 2.0 feed of the latest news across the site.
import {getLatestNews} from '@/lib/content/news'
import {buildRssFeed, rssResponse} from '@/lib/feed'
import {messages} from '@/lib/messages'
import {siteConfig} from '@/lib/site'

const FEED_SIZE = 50

export async function GET() {
  const items = await getLatestNews(FEED_SIZE)
  return rssResponse(
    buildRssFeed({
      title: messages.feed.all(siteConfig.name),
      description: siteConfig.description,
      pagePath: '/',
      feedPath: '/feed.xml',
      items,
    }),
  )
}
