// The one-pass counts over every item, shared by the home, index and sitemap getters.
import 'server-only'
import {READ_TAGS} from '../cache-tags'
import {summariseFacets} from './facets'
import {fetchContent} from '../source/fetch-content'
import {PUBLISHED, type FetchOptions} from '../source/fetch-options'
import {replacedInLanguage} from './news'
import {NEWS_FACETS_QUERY} from '../queries'
import {getSiteSettings} from './settings'

/** Counted as a language's lists show items: a translated item once. */
export async function getAllFacets(options: FetchOptions = PUBLISHED) {
  const replaced = await replacedInLanguage(options)
  const [rows, {timeZone}] = await Promise.all([fetchContent(NEWS_FACETS_QUERY, {replaced}, READ_TAGS.NEWS_FACETS_QUERY(), options), getSiteSettings()])
  return summariseFacets(rows, timeZone)
}
