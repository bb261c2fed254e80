// The one-pass counts over every item, shared by the home, index and sitemap getters and the open data API.
import 'server-only'
import {isLocale, type Locale} from '@/lib/i18n/routing'
import {READ_TAGS} from '../cache-tags'
import {summariseFacets} from './facets'
import {fetchContent} from '../source/fetch-content'
import {PUBLISHED, publishedIn, type FetchOptions} from '../source/fetch-options'
import {replacedInLanguage} from './news'
import {NEWS_FACETS_QUERY} from '../queries'
import {getSiteSettings} from './settings'

async function summarise(options: FetchOptions) {
  const replaced = await replacedInLanguage(options)
  const [rows, {timeZone}] = await Promise.all([fetchContent(NEWS_FACETS_QUERY, {replaced}, READ_TAGS.NEWS_FACETS_QUERY(), options), getSiteSettings()])
  return summariseFacets(rows, timeZone)
}

/**
 * Readers' counts, cached as the summary itself (its entry carries the tags of the reads inside): summing every
 * item's row again on each call cost 10–15 ms at 1,000 items, which every call of /api/v1/countries paid.
 */
async function publishedSummary(locale: Locale) {
  'use cache'
  // Also a server action anyone with its id could call (the proxy refuses those calls): the argument is checked.
  return summarise(publishedIn(isLocale(locale) ? locale : PUBLISHED.locale))
}

/** Counted as a language's lists show items: a translated item once. Previews count live, outside the cache. */
export async function getAllFacets(options: FetchOptions = PUBLISHED) {
  return options.perspective === 'published' && !options.stega ? publishedSummary(options.locale) : summarise(options)
}
