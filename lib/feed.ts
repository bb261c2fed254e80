// Builds the site's RSS 2.0 feeds with the `feed` library: absolute links, guids and dates from the items.
import {Feed} from 'feed'
import {feedContentSecurityPolicy} from './security-headers'
import {localePath} from './i18n/navigation'
import type {Locale} from './i18n/routing'
import {translator} from './i18n/translator'
import {absoluteUrl} from './site'

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

/** Items without a title, slug or readable date are left out: a feed reader cannot use them. */
export function buildRssFeed({locale, title, description, pagePath, feedPath, items}: FeedInput): string {
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
    feedLinks: {rss: url(feedPath)},
  })
  for (const entry of entries) {
    const link = url(`/news/${entry.slug}`)
    feed.addItem({
      title: xmlSafeText(entry.title),
      id: link,
      guid: link,
      link,
      date: entry.date,
      description: entry.summary === null ? undefined : xmlSafeText(entry.summary),
      category: (entry.topics ?? []).flatMap((topic) => (topic.title ? [{name: xmlSafeText(topic.title)}] : [])),
    })
  }
  return feed.rss2()
}

/**
 * The HTTP response every feed route sends (a feed never needs script, styles or anything else to load), or a plain
 * 404 (as a feed reader expects) when there is none. In draft mode (`private`) no shared cache may keep it.
 */
export function feedResponse(xml: string | null, {private: isPrivate = false}: {private?: boolean} = {}): Response {
  if (xml === null) return new Response('Not found', {status: 404, headers: {'content-type': 'text/plain; charset=utf-8'}})
  return new Response(xml, {
    headers: {
      'content-type': 'application/rss+xml; charset=utf-8',
      'content-security-policy': feedContentSecurityPolicy,
      // Browsers check again each time; a shared cache keeps it a minute and refreshes it in the background.
      'cache-control': isPrivate ? 'private, no-store' : 'public, max-age=0, s-maxage=60, stale-while-revalidate=600',
    },
  })
}
