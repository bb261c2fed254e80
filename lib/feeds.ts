// The site's feeds as cached XML (one entry per feed, tagged "feeds" plus the content its reads carry).
import 'server-only'
import {cacheTag} from 'next/cache'
import {COLLECTIONS, collectionPath, type CollectionKind} from './collections'
import {FEEDS_TAG} from './content/cache-tags'
import {getCollection, getCollectionNews} from './content/collections'
import {getLatestNews} from './content/news'
import {buildRssFeed} from './feed'
import {messages} from './messages'
import {getSiteSettings} from './content/settings'

/** Items per feed: the latest 50. */
export const FEED_SIZE = 50

export async function siteFeedXml(): Promise<string> {
  'use cache'
  cacheTag(FEEDS_TAG)
  const {name, description} = await getSiteSettings()
  return buildRssFeed({
    title: messages.feed.all(name),
    description,
    pagePath: '/',
    feedPath: '/feed.xml',
    items: await getLatestNews(FEED_SIZE),
  })
}

/** One country's or topic's feed, or null when there is no such country or topic. */
export async function collectionFeedXml(kind: CollectionKind, slug: string): Promise<string | null> {
  'use cache'
  cacheTag(FEEDS_TAG)
  const member = await getCollection(kind, slug)
  if (!member?.slug || !member.title) return null
  const title = COLLECTIONS[kind].text.feedTitle(member.title)
  const path = collectionPath(COLLECTIONS[kind], member.slug)
  return buildRssFeed({
    title,
    description: member.description ?? title,
    pagePath: path,
    feedPath: `${path}/feed.xml`,
    items: await getCollectionNews(member._id, 1, FEED_SIZE),
  })
}
