// Typed getters for countries and topics (one set for both): the indexes with counts, one collection, its facts and items.
import 'server-only'
import {COLLECTIONS, type CollectionKind} from '@/lib/content/kinds'
import {READ_TAGS} from '../cache-tags'
import {byCount, summariseFacets} from './facets'
import {fetchContent} from '../source/fetch-content'
import {mayExist} from './known-slugs'
import {PUBLISHED, type FetchOptions} from '../source/fetch-options'
import {getAllFacets} from './all-facets'
import {replacedInLanguage} from './news'
import {getSiteSettings} from './settings'
import {COLLECTION_FACETS_QUERY, COLLECTION_NEWS_QUERY, COLLECTION_QUERY, COUNTRIES_QUERY, TOPICS_QUERY} from '../queries'

const TOP_OTHERS = 3

export async function getCountries(options: FetchOptions = PUBLISHED) {
  return fetchContent(COUNTRIES_QUERY, {}, READ_TAGS.COUNTRIES_QUERY(), options)
}

export async function getTopics(options: FetchOptions = PUBLISHED) {
  return fetchContent(TOPICS_QUERY, {}, READ_TAGS.TOPICS_QUERY(), options)
}

/** The slug and display name of every country or topic, in one shape. */
async function getMembers(kind: CollectionKind, options: FetchOptions) {
  if (kind === 'country') return (await getCountries(options)).map((country) => ({_id: country._id, slug: country.slug, title: country.name}))
  return (await getTopics(options)).map((topic) => ({_id: topic._id, slug: topic.slug, title: topic.title}))
}

/** Each member with how many items it has and its latest item date (null when it has none). */
function withCounts<Member extends {_id: string}>(members: Member[], counts: Map<string, number>, latest: Map<string, string>) {
  return members.map((member) => ({...member, count: counts.get(member._id) ?? 0, latest: latest.get(member._id) ?? null}))
}

/** Every country with how many items a language's pages list for it and its latest item date. */
export async function getCountriesWithCounts(options: FetchOptions = PUBLISHED) {
  const [countries, summary] = await Promise.all([getCountries(options), getAllFacets(options)])
  return withCounts(countries, summary.byCountry, summary.latestByCountry)
}

/** Every topic with how many items a language's pages list for it and its latest item date. */
export async function getTopicsWithCounts(options: FetchOptions = PUBLISHED) {
  const [topics, summary] = await Promise.all([getTopics(options), getAllFacets(options)])
  return withCounts(topics, summary.byTopic, summary.latestByTopic)
}

/** One country or topic by slug, or null (an unknown slug without a query); metadata, page, image and feed share the one cached read. */
export async function getCollection(kind: CollectionKind, slug: string, options: FetchOptions = PUBLISHED) {
  return (await mayExist(kind, slug, options))
    ? fetchContent(COLLECTION_QUERY, {type: COLLECTIONS[kind].type, slug}, READ_TAGS.COLLECTION_QUERY(kind, slug), options)
    : null
}

/** Key figures of one country or topic, as a language's pages list its items: counts, dates, items per year and the other kind's counts (most first). */
export async function getCollectionFacts(kind: CollectionKind, id: string, options: FetchOptions = PUBLISHED) {
  const replaced = await replacedInLanguage(options)
  const [rows, others, {timeZone}] = await Promise.all([
    fetchContent(COLLECTION_FACETS_QUERY, {id, replaced}, READ_TAGS.COLLECTION_FACETS_QUERY(), options),
    getMembers(COLLECTIONS[kind].other, options),
    getSiteSettings(),
  ])
  const summary = summariseFacets(rows, timeZone)
  const otherById = new Map(others.map((other) => [other._id, other]))
  const otherCounts = byCount(kind === 'country' ? summary.byTopic : summary.byCountry).flatMap(({id: otherId, count}) => {
    const other = otherById.get(otherId)
    return other?.slug && other.title ? [{title: other.title, slug: other.slug, count}] : []
  })
  return {
    count: summary.count,
    first: summary.first,
    latest: summary.latest,
    perYear: summary.perYear,
    others: otherCounts,
    topOthers: otherCounts.slice(0, TOP_OTHERS),
  }
}

/** One page of a country's or topic's items, newest first, as a language lists them. */
export async function getCollectionNews(id: string, page: number, pageSize: number, options: FetchOptions = PUBLISHED) {
  const start = Math.max(0, (page - 1) * pageSize)
  const replaced = await replacedInLanguage(options)
  return fetchContent(COLLECTION_NEWS_QUERY, {id, start, end: start + pageSize, replaced}, READ_TAGS.COLLECTION_NEWS_QUERY(), options)
}
