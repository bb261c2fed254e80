// RSS 2.0 feed of one topic's latest items.
import {getTopic, getTopicNews} from '@/lib/content/topics'
import {buildRssFeed, feedNotFound, rssResponse} from '@/lib/feed'
import {messages} from '@/lib/messages'
import {isSlug} from '@/lib/slug'

const FEED_SIZE = 50

export async function GET(_request: Request, {params}: RouteContext<'/topics/[slug]/feed.xml'>) {
  const {slug} = await params
  const topic = isSlug(slug) ? await getTopic(slug) : null
  if (!topic?.slug || !topic.title) return feedNotFound()
  const items = await getTopicNews(topic._id, 1, FEED_SIZE)
  const path = `/topics/${topic.slug}`
  return rssResponse(
    buildRssFeed({
      title: messages.feed.topic(topic.title),
      description: topic.description ?? messages.feed.topic(topic.title),
      pagePath: path,
      feedPath: `${path}/feed.xml`,
      items,
    }),
  )
}
