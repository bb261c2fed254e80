// Typed getters for news items: the only content functions news pages import.
import 'server-only'
import {cache} from 'react'
import {fetchContent} from './fetch-content'
import {NEWS_ITEM_QUERY, NEWS_LIST_QUERY, NEWS_SLUGS_QUERY} from './queries'
import {ALL_CONTENT_TAGS, documentTag, typeTag} from './tags'

export async function getLatestNews(limit: number) {
  return fetchContent(NEWS_LIST_QUERY, {start: 0, end: Math.max(0, Math.floor(limit))}, ALL_CONTENT_TAGS)
}

/** One item by slug, or null; deduplicated within a render so metadata and page share one fetch. */
export const getNewsItem = cache(async (slug: string) =>
  fetchContent(NEWS_ITEM_QUERY, {slug}, [documentTag('newsItem', slug), typeTag('country'), typeTag('tag')]),
)

export async function getNewsSlugs() {
  return fetchContent(NEWS_SLUGS_QUERY, {}, [typeTag('newsItem')])
}
