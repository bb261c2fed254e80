// Typed getters for news items: the latest list, one item, its translations, its related items and every slug.
import 'server-only'
import type {Locale} from '@/lib/i18n/routing'
import {READ_TAGS} from '../cache-tags'
import {fetchContent} from '../source/fetch-content'
import {mayExist} from './known-slugs'
import {PUBLISHED, type FetchOptions} from '../source/fetch-options'
import {NEWS_ITEM_QUERY, NEWS_LIST_QUERY, NEWS_SLUGS_QUERY, NEWS_TRANSLATIONS_QUERY, RELATED_NEWS_QUERY} from '../queries'
import {replacedIds, translationSlugsById} from './translation-groups'

/** Every group of translated items; carried as a list of items ("all:news"), so any item's publish refreshes it. */
export async function getTranslationGroups(options: FetchOptions = PUBLISHED) {
  return fetchContent(NEWS_TRANSLATIONS_QUERY, {}, READ_TAGS.NEWS_TRANSLATIONS_QUERY(), options)
}

/** The ids the lists of the reader's language (`options.locale`) leave out, their version in that language being listed instead. */
export async function replacedInLanguage(options: FetchOptions = PUBLISHED): Promise<string[]> {
  return replacedIds(await getTranslationGroups(options), options.locale)
}

/** The slug of each published version of an item, by language (empty when it has no translation). */
export async function getTranslationSlugs(id: string, options: FetchOptions = PUBLISHED): Promise<Partial<Record<Locale, string>>> {
  return translationSlugsById(await getTranslationGroups(options)).get(id) ?? {}
}

export async function getLatestNews(limit: number, options: FetchOptions = PUBLISHED) {
  const replaced = await replacedInLanguage(options)
  return fetchContent(NEWS_LIST_QUERY, {start: 0, end: Math.max(0, Math.floor(limit)), replaced}, READ_TAGS.NEWS_LIST_QUERY(), options)
}

/** One item by slug, or null (an unknown slug without a query); metadata and page share the one cached read. */
export async function getNewsItem(slug: string, options: FetchOptions = PUBLISHED) {
  return (await mayExist('news', slug, options)) ? fetchContent(NEWS_ITEM_QUERY, {slug}, READ_TAGS.NEWS_ITEM_QUERY(slug), options) : null
}

/** Where an item's earlier address leads now (slug history): its current slug, or null. */
export {renamedNewsSlug} from './known-slugs'

/** Every item's id and slug, whatever its language (the sitemap, unknown-slug checks and prerendering read it). */
export async function getNewsSlugs(options: FetchOptions = PUBLISHED) {
  return fetchContent(NEWS_SLUGS_QUERY, {}, READ_TAGS.NEWS_SLUGS_QUERY(), options)
}

/** The slugs a language's pages list (an item replaced by its translation there is left out). */
export async function getListedNewsSlugs(options: FetchOptions = PUBLISHED) {
  const [items, replaced] = await Promise.all([getNewsSlugs(options), replacedInLanguage(options)])
  const left = new Set(replaced)
  return items.filter((item) => !left.has(item._id))
}

type RelatedSource = {
  _id: string
  countries: Array<{_id: string}> | null
  topics: Array<{_id: string}> | null
}

/** Other items sharing a country or topic with this one, newest first, as a language's lists show them. */
export async function getRelatedNews(item: RelatedSource, options: FetchOptions = PUBLISHED) {
  const countryIds = (item.countries ?? []).map((country) => country._id)
  const topicIds = (item.topics ?? []).map((topic) => topic._id)
  if (countryIds.length === 0 && topicIds.length === 0) return []
  const replaced = await replacedInLanguage(options)
  return fetchContent(RELATED_NEWS_QUERY, {id: item._id, countryIds, topicIds, replaced}, READ_TAGS.RELATED_NEWS_QUERY(), options)
}
