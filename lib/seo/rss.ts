// Builds the site's feeds with the `feed` library (RSS 2.0, Atom 1.0, JSON Feed 1.1): absolute links, guids and dates from the items.
import {jsonText} from '../api/json-text'
import {Feed} from 'feed'
import {feedContentSecurityPolicy} from '../http/security-headers'
import {localePath} from '../i18n/navigation'
import type {Locale} from '../i18n/routing'
import {translator} from '../i18n/translator'
import {absoluteUrl} from '../http/site'

export type FeedItem = {
  title: string | null
  slug: string | null
  publishedAt: string | null
  summary: string | null
  topics?: Array<{title: string | null}> | null
}

export type FeedInput = {
  /** The feed's language: its channel text, `<language>` and links to the pages in that language. */
  locale: Locale
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

/** Characters XML 1.0 allows nowhere: C0 controls but TAB, LF and CR, U+FFFE, U+FFFF and unpaired surrogates. */
const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/**
 * Text made safe for the `feed` library's CDATA: every "]]>" gets an invisible zero-width space before its ">"
 * (docs/workarounds.md, "xmlSafeText"), and characters XML forbids are dropped.
 */
export function xmlSafeText(text: string): string {
  return text.replace(XML_ILLEGAL, '').replaceAll(']]>', ']]\u200B>')
}

export type FeedFormat = 'rss' | 'atom' | 'json'

/** Each format's address beside the RSS feed's: ".../feed.xml?q=x" → ".../feed.atom?q=x". */
export function feedFormatPath(rssPath: string, format: FeedFormat | 'csv'): string {
  const extension = {rss: 'xml', atom: 'atom', json: 'json', csv: 'csv'}[format]
  return rssPath.replace(/\/feed\.xml(?=\?|$)/, `/feed.${extension}`)
}

/** Items without a title, slug or readable date are left out: a feed reader cannot use them. */
function buildFeed({locale, title, description, pagePath, feedPath, items}: FeedInput): Feed {
  const t = translator(locale)
  const url = (path: string) => absoluteUrl(localePath(locale, path))
  const entries = items.flatMap((item) => {
    const date = toDate(item.publishedAt)
    return item.title && item.slug && date ? [{...item, title: item.title, slug: item.slug, date}] : []
  })
  const feed = new Feed({
    title: xmlSafeText(title),
    description: xmlSafeText(description),
    id: url(pagePath),
    link: url(pagePath),
    language: locale,
    copyright: t('site.publisher'),
    generator: t('site.name'),
    updated: entries[0]?.date ?? new Date(0),
    feedLinks: {rss: url(feedPath), atom: url(feedFormatPath(feedPath, 'atom')), json: url(feedFormatPath(feedPath, 'json'))},
    author: {name: t('site.publisher'), link: url('/')},
  })
  for (const entry of entries) {
    const link = url(`/news/${entry.slug}`)
    feed.addItem({
      title: xmlSafeText(entry.title),
      id: link,
      guid: link,
      link,
      date: entry.date,
      published: entry.date,
      description: entry.summary === null ? undefined : xmlSafeText(entry.summary),
      category: (entry.topics ?? []).flatMap((topic) => (topic.title ? [{name: xmlSafeText(topic.title), term: xmlSafeText(topic.title)}] : [])),
    })
  }
  return feed
}

export function buildRssFeed(input: FeedInput): string {
  return buildFeed(input).rss2()
}

export function buildAtomFeed(input: FeedInput): string {
  return buildFeed(input).atom1()
}

/**
 * JSON Feed 1.1. The `feed` library writes version 1 (jpmonette/feed#246, open): its output is brought to 1.1 here —
 * the version address, the feed's `language`, and `authors` arrays in place of the deprecated `author`.
 */
export function buildJsonFeed(input: FeedInput): string {
  type Author = {name?: string; url?: string}
  type Version1 = {version: string; author?: Author; items: Array<Record<string, unknown> & {author?: Author}>}
  const feed = JSON.parse(buildFeed(input).json1()) as Version1
  const {author, items, ...rest} = feed
  return jsonText({
    ...rest,
    version: 'https://jsonfeed.org/version/1.1',
    language: input.locale,
    ...(author ? {authors: [author]} : {}),
    // JSON Feed requires content_html or content_text: an item without a lead gets its title as text.
    items: items.map(({author: itemAuthor, ...item}) => ({
      ...item,
      ...(item.content_html === undefined ? {content_text: typeof item.title === 'string' ? item.title : ''} : {}),
      ...(itemAuthor ? {authors: [itemAuthor]} : {}),
    })),
  })
}

/** One of the three feed formats. */
export function buildFeedIn(format: FeedFormat, input: FeedInput): string {
  return format === 'rss' ? buildRssFeed(input) : format === 'atom' ? buildAtomFeed(input) : buildJsonFeed(input)
}

export const FEED_CONTENT_TYPES: Record<FeedFormat | 'csv', string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
  csv: 'text/csv; charset=utf-8; header=present',
}

/**
 * The HTTP response every feed route sends (a feed never needs script, styles or anything else to load), or a plain
 * 404 (as a feed reader expects) when there is none. In draft mode (`private`) no shared cache may keep it.
 */
export function feedResponse(
  xml: string | null,
  {private: isPrivate = false, format = 'rss', filename}: {private?: boolean; format?: FeedFormat | 'csv'; filename?: string} = {},
): Response {
  if (xml === null) return new Response('Not found', {status: 404, headers: {'content-type': 'text/plain; charset=utf-8'}})
  return new Response(xml, {
    headers: {
      'content-type': FEED_CONTENT_TYPES[format],
      // Lists as files: any site may fetch them (they are what the open data API serves, as files).
      'access-control-allow-origin': '*',
      ...(filename ? {'content-disposition': `attachment; filename="${filename}"`} : {}),
      'content-security-policy': feedContentSecurityPolicy,
      // Browsers check again each time; a shared cache keeps it a minute and refreshes it in the background.
      'cache-control': isPrivate ? 'private, no-store' : 'public, max-age=0, s-maxage=60, stale-while-revalidate=600',
    },
  })
}
