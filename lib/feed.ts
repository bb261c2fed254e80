// Builds the site's RSS 2.0 feeds with the `feed` library: absolute links, guids and dates from the items.
import {Feed} from 'feed'
import {absoluteUrl, siteConfig} from './site'

export type FeedItem = {
  title: string | null
  slug: string | null
  publishedAt: string | null
  summary: string | null
  topics?: Array<{title: string | null}> | null
}

export type FeedInput = {
  title: string
  description: string
  /** The page the feed belongs to, e.g. "/countries/el-salvador". */
  pagePath: string
  /** The feed's own address, e.g. "/countries/el-salvador/feed.xml". */
  feedPath: string
  items: FeedItem[]
}

function toDate(value: string | null): Date | null {
  if (!value) return null
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? null : date
}

/** Items without a title, slug or readable date are left out: a feed reader cannot use them. */
export function buildRssFeed({title, description, pagePath, feedPath, items}: FeedInput): string {
  const entries = items.flatMap((item) => {
    const date = toDate(item.publishedAt)
    return item.title && item.slug && date ? [{...item, title: item.title, slug: item.slug, date}] : []
  })
  const feed = new Feed({
    title,
    description,
    id: absoluteUrl(pagePath),
    link: absoluteUrl(pagePath),
    language: siteConfig.locale,
    copyright: siteConfig.publisher,
    generator: siteConfig.name,
    updated: entries[0]?.date ?? new Date(0),
    feedLinks: {rss: absoluteUrl(feedPath)},
  })
  for (const entry of entries) {
    const link = absoluteUrl(`/news/${entry.slug}`)
    feed.addItem({
      title: entry.title,
      id: link,
      guid: link,
      link,
      date: entry.date,
      description: entry.summary ?? undefined,
      category: (entry.topics ?? []).flatMap((topic) => (topic.title ? [{name: topic.title}] : [])),
    })
  }
  return feed.rss2()
}

/** The HTTP response every feed route sends: the feed, or a plain 404 (as a feed reader expects) when there is none. */
export function feedResponse(xml: string | null): Response {
  if (xml === null) return new Response('Not found', {status: 404, headers: {'content-type': 'text/plain; charset=utf-8'}})
  return new Response(xml, {
    headers: {
      'content-type': 'application/rss+xml; charset=utf-8',
      // Browsers check again each time; a shared cache keeps it a minute and refreshes it in the background.
      'cache-control': 'public, max-age=0, s-maxage=60, stale-while-revalidate=600',
    },
  })
}
