// The site's feeds as cached XML (one entry per feed; it carries the tags of the reads inside it).
import 'server-only'
import {COLLECTIONS, collectionPath, collectionText, isCollectionKind, type CollectionKind} from './collections'
import {publishedIn} from './content/fetch-options'
import {getCollection, getCollectionNews} from './content/collections'
import {getLatestNews} from './content/news'
import {buildRssFeed} from './feed'
import {isLocale, type Locale} from './i18n/routing'
import {isSlug} from './slug'
import {translator} from './i18n/translator'
import {getSiteText} from './content/settings'

/** Items per feed: the latest 50. */
export const FEED_SIZE = 50

export async function siteFeedXml(locale: Locale): Promise<string | null> {
  'use cache'
  // Also a server action anyone with its id can call (security review 2026-12-05, N4): its arguments are checked.
  if (!isLocale(locale)) return null
  const t = translator(locale)
  const {name, description} = await getSiteText(locale)
  return buildRssFeed({
    locale,
    title: t('feed.all', {site: name}),
    description,
    pagePath: '/',
    feedPath: '/feed.xml',
    items: await getLatestNews(FEED_SIZE, publishedIn(locale)),
  })
}

/** One country's or topic's feed, or null when there is no such country or topic. */
export async function collectionFeedXml(kind: CollectionKind, slug: string, locale: Locale): Promise<string | null> {
  'use cache'
  if (!isCollectionKind(kind) || typeof slug !== 'string' || !isSlug(slug) || !isLocale(locale)) return null
  const member = await getCollection(kind, slug, publishedIn(locale))
  if (!member?.slug || !member.title) return null
  const title = collectionText(kind, locale).feedTitle(member.title)
  const path = collectionPath(COLLECTIONS[kind], member.slug)
  return buildRssFeed({
    locale,
    title,
    description: member.description ?? title,
    pagePath: path,
    feedPath: `${path}/feed.xml`,
    items: await getCollectionNews(member._id, 1, FEED_SIZE, publishedIn(locale)),
  })
}
