// Typed getters for news items: the latest list, one item, its related items and every slug.
import 'server-only'
import {cache} from 'react'
import {ALL_CONTENT_TAGS, CONTACTS_TAG, documentTag, kindTag} from './cache-tags'
import {fetchContent} from './fetch-content'
import {mayExist} from './known-slugs'
import {PUBLISHED, type FetchOptions} from './fetch-options'
import {NEWS_ITEM_QUERY, NEWS_LIST_QUERY, NEWS_SLUGS_QUERY, RELATED_NEWS_QUERY} from './queries'

export async function getLatestNews(limit: number, options: FetchOptions = PUBLISHED) {
  return fetchContent(NEWS_LIST_QUERY, {start: 0, end: Math.max(0, Math.floor(limit))}, ALL_CONTENT_TAGS, options)
}

/** One item by slug, or null (an unknown slug without a query); deduplicated within a render so metadata and page share one read. */
export const getNewsItem = cache(async (slug: string, options: FetchOptions = PUBLISHED) =>
  (await mayExist('news', slug, options))
    ? fetchContent(NEWS_ITEM_QUERY, {slug}, [documentTag('news', slug), kindTag('country'), kindTag('topic'), kindTag('news'), CONTACTS_TAG], options)
    : null,
)

/** Where an item's earlier address leads now (slug history): its current slug, or null. */
export {renamedNewsSlug} from './known-slugs'

export async function getNewsSlugs(options: FetchOptions = PUBLISHED) {
  return fetchContent(NEWS_SLUGS_QUERY, {}, [kindTag('news')], options)
}

type RelatedSource = {
  _id: string
  countries: Array<{_id: string}> | null
  topics: Array<{_id: string}> | null
}

/** Other items sharing a country or topic with this one, newest first. */
export async function getRelatedNews(item: RelatedSource, options: FetchOptions = PUBLISHED) {
  const countryIds = (item.countries ?? []).map((country) => country._id)
  const topicIds = (item.topics ?? []).map((topic) => topic._id)
  if (countryIds.length === 0 && topicIds.length === 0) return []
  return fetchContent(RELATED_NEWS_QUERY, {id: item._id, countryIds, topicIds}, ALL_CONTENT_TAGS, options)
}
