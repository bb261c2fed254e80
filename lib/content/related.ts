// Related items for a news page: others sharing a country or topic, newest first.
import 'server-only'
import {fetchContent} from './fetch-content'
import {RELATED_NEWS_QUERY} from './queries'
import {ALL_CONTENT_TAGS} from './tags'

type RelatedSource = {
  _id: string
  countries: Array<{_id: string}> | null
  topics: Array<{_id: string}> | null
}

export async function getRelatedNews(item: RelatedSource) {
  const countryIds = (item.countries ?? []).map((country) => country._id)
  const topicIds = (item.topics ?? []).map((topic) => topic._id)
  if (countryIds.length === 0 && topicIds.length === 0) return []
  return fetchContent(RELATED_NEWS_QUERY, {id: item._id, countryIds, topicIds}, ALL_CONTENT_TAGS)
}
