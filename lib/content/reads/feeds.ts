// The site's feeds and list files as cached text (one entry per file; it carries the tags of the reads inside it).
import 'server-only'
import {keptBriefly} from '../../http/brief-answer'
import {COLLECTIONS, collectionPath, collectionText, isCollectionKind, type CollectionKind} from '../kinds'
import {publishedIn} from '../source/fetch-options'
import {getCollection, getCollectionNews} from './collections'
import {getLatestNews} from './news'
import {buildFeedIn, buildRssFeed, type FeedFormat} from '../../seo/rss'
import {buildCsv, MAX_CSV_ROWS} from '../../lists/csv'
import {isLocale, type Locale} from '../../i18n/routing'
import {isSlug} from '../../../sanity/slug.mjs'
import {translator} from '../../i18n/translator'
import {getSiteText} from './settings'

/** The formats a list file comes in (checked: a 'use cache' function is also a callable server action). */
const LIST_FILE_FORMATS: readonly unknown[] = ['rss', 'atom', 'json', 'csv']

/** Items per feed: the latest 50. */
export const FEED_SIZE = 50

export async function siteFeedXml(locale: Locale): Promise<string | null> {
  'use cache'
  // Also a server action anyone with its id can call (security review 2026-12-05, N4): its arguments are checked.
  if (!isLocale(locale)) return keptBriefly(null)
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

/** One country's or topic's RSS feed, or null when there is no such country or topic. */
export async function collectionFeedXml(kind: CollectionKind, slug: string, locale: Locale): Promise<string | null> {
  return collectionFile(kind, slug, locale, 'rss')
}

/**
 * One country's or topic's list as a file: a feed of its latest FEED_SIZE items (RSS, Atom, JSON Feed), or all its
 * items as CSV (at most MAX_CSV_ROWS); null when there is no such country or topic.
 */
export async function collectionFile(kind: CollectionKind, slug: string, locale: Locale, format: FeedFormat | 'csv'): Promise<string | null> {
  'use cache'
  if (!isCollectionKind(kind) || typeof slug !== 'string' || !isSlug(slug) || !isLocale(locale) || !LIST_FILE_FORMATS.includes(format)) return keptBriefly(null)
  const member = await getCollection(kind, slug, publishedIn(locale))
  if (!member?.slug || !member.title) return null
  if (format === 'csv') return buildCsv(await getCollectionNews(member._id, 1, MAX_CSV_ROWS, publishedIn(locale)), locale)
  const title = collectionText(kind, locale).feedTitle(member.title)
  const path = collectionPath(COLLECTIONS[kind], member.slug)
  return buildFeedIn(format, {
    locale,
    title,
    description: member.description ?? title,
    pagePath: path,
    feedPath: `${path}/feed.xml`,
    items: await getCollectionNews(member._id, 1, FEED_SIZE, publishedIn(locale)),
  })
}
