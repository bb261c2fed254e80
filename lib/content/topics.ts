// Typed getters for topics: the index with item counts, one topic, its key figures and its items.
import 'server-only'
import {cache} from 'react'
import {getAllFacets} from './all-facets'
import {summariseFacets, topCounts} from './facets'
import {fetchContent} from './fetch-content'
import {COUNTRIES_QUERY, TOPIC_FACETS_QUERY, TOPIC_NEWS_QUERY, TOPIC_QUERY, TOPICS_QUERY} from './queries'
import {ALL_CONTENT_TAGS, documentTag, typeTag} from './tags'

const TOP_COUNTRIES = 3

export const getTopics = cache(async () => fetchContent(TOPICS_QUERY, {}, [typeTag('tag')]))

/** Every topic with how many items it has and its latest item date (null when it has none). */
export const getTopicsWithCounts = cache(async () => {
  const [topics, summary] = await Promise.all([getTopics(), getAllFacets()])
  return topics.map((topic) => ({
    ...topic,
    count: summary.byTopic.get(topic._id) ?? 0,
    latest: summary.latestByTopic.get(topic._id) ?? null,
  }))
})

/** One topic by slug, or null; shared by metadata, page and feed within a render. */
export const getTopic = cache(async (slug: string) => fetchContent(TOPIC_QUERY, {slug}, [documentTag('tag', slug)]))

/** Key figures of one topic: counts, dates, items per year and its countries with counts (most first). */
export const getTopicFacts = cache(async (topicId: string) => {
  const [rows, countries] = await Promise.all([
    fetchContent(TOPIC_FACETS_QUERY, {id: topicId}, ALL_CONTENT_TAGS),
    fetchContent(COUNTRIES_QUERY, {}, [typeTag('country')]),
  ])
  const summary = summariseFacets(rows)
  const countryById = new Map(countries.map((country) => [country._id, country]))
  const countryCounts = topCounts(summary.byCountry, Number.MAX_SAFE_INTEGER).flatMap(({id, count}) => {
    const country = countryById.get(id)
    return country?.slug ? [{name: country.name, slug: country.slug, count}] : []
  })
  return {
    count: summary.count,
    first: summary.first,
    latest: summary.latest,
    perYear: summary.perYear,
    countries: countryCounts,
    topCountries: countryCounts.slice(0, TOP_COUNTRIES),
  }
})

/** One page of a topic's items, newest first. */
export async function getTopicNews(topicId: string, page: number, pageSize: number) {
  const start = Math.max(0, (page - 1) * pageSize)
  return fetchContent(TOPIC_NEWS_QUERY, {id: topicId, start, end: start + pageSize}, ALL_CONTENT_TAGS)
}
