// The one-pass counts over every item, shared by the home, index and sitemap getters.
import 'server-only'
import {kindTag} from './cache-tags'
import {summariseFacets} from './facets'
import {fetchContent} from './fetch-content'
import {PUBLISHED, type FetchOptions} from './fetch-options'
import {NEWS_FACETS_QUERY} from './queries'

export async function getAllFacets(options: FetchOptions = PUBLISHED) {
  return summariseFacets(await fetchContent(NEWS_FACETS_QUERY, {}, [kindTag('news')], options))
}
