// Typed getters for countries: the index with item counts, one country, its key figures and its items.
import 'server-only'
import {cache} from 'react'
import {getAllFacets} from './all-facets'
import {summariseFacets, topCounts} from './facets'
import {fetchContent} from './fetch-content'
import {COUNTRIES_QUERY, COUNTRY_FACETS_QUERY, COUNTRY_NEWS_QUERY, COUNTRY_QUERY} from './queries'
import {ALL_CONTENT_TAGS, documentTag, typeTag} from './tags'
import {getTopics} from './topics'

const TOP_TOPICS = 3

/** Every country with how many items it has and its latest item date (null when it has none). */
export const getCountriesWithCounts = cache(async () => {
  const [countries, summary] = await Promise.all([fetchContent(COUNTRIES_QUERY, {}, [typeTag('country')]), getAllFacets()])
  return countries.map((country) => ({
    ...country,
    count: summary.byCountry.get(country._id) ?? 0,
    latest: summary.latestByCountry.get(country._id) ?? null,
  }))
})

/** One country by slug, or null; shared by metadata, page, image and feed within a render. */
export const getCountry = cache(async (slug: string) =>
  fetchContent(COUNTRY_QUERY, {slug}, [documentTag('country', slug)]),
)

/** Key figures of one country: counts, dates, items per year and its topics with counts (most first). */
export const getCountryFacts = cache(async (countryId: string) => {
  const [rows, topics] = await Promise.all([
    fetchContent(COUNTRY_FACETS_QUERY, {id: countryId}, ALL_CONTENT_TAGS),
    getTopics(),
  ])
  const summary = summariseFacets(rows)
  const topicById = new Map(topics.map((topic) => [topic._id, topic]))
  const topicCounts = topCounts(summary.byTopic, Number.MAX_SAFE_INTEGER).flatMap(({id, count}) => {
    const topic = topicById.get(id)
    return topic?.slug ? [{title: topic.title, slug: topic.slug, count}] : []
  })
  return {
    count: summary.count,
    first: summary.first,
    latest: summary.latest,
    perYear: summary.perYear,
    topics: topicCounts,
    topTopics: topicCounts.slice(0, TOP_TOPICS),
  }
})

/** One page of a country's items, newest first. */
export async function getCountryNews(countryId: string, page: number, pageSize: number) {
  const start = Math.max(0, (page - 1) * pageSize)
  return fetchContent(COUNTRY_NEWS_QUERY, {id: countryId, start, end: start + pageSize}, ALL_CONTENT_TAGS)
}
