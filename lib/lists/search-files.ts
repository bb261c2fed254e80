// Any /news search as a file: RSS, Atom or JSON Feed of its newest matches, or CSV of all of them in the page's order.
import 'server-only'
import {draftMode} from 'next/headers'
import {orUnavailableResponse} from '@/lib/content/or-unavailable'
import {searchNews} from '@/lib/content/reads/search-index'
import {getSiteText} from '@/lib/content/reads/settings'
import {buildFeedIn, feedResponse, type FeedFormat} from '@/lib/seo/rss'
import {FEED_SIZE} from '@/lib/content/reads/feeds'
import type {Locale} from '@/lib/i18n/routing'
import {translator} from '@/lib/i18n/translator'
import {parseQueryString, searchQueryString} from '@/lib/search/search-params'
import {buildCsv, MAX_CSV_ROWS} from './csv'

export async function searchFileResponse(request: Request, locale: Locale, format: FeedFormat | 'csv'): Promise<Response> {
  const t = translator(locale)
  // Rendered per request, so Next leaves its headers to it: an editor's preview must not reach a shared cache.
  const preview = (await draftMode()).isEnabled
  const requested = parseQueryString(new URL(request.url).search)
  return orUnavailableResponse(async () => {
    if (format === 'csv') {
      // The list as the page orders it, every match (the page's own pages are only a way to read it).
      const state = {...requested, page: 1}
      const outcome = await searchNews(state, locale, MAX_CSV_ROWS)
      return feedResponse(buildCsv(outcome.hits, locale), {private: preview, format, filename: locale === 'es' ? 'noticias.csv' : 'news.csv'})
    }
    const {name, description} = await getSiteText(locale)
    // A feed follows what is new: whatever order the page had, its feed lists the newest matches first.
    const state = {...requested, sort: 'newest' as const, page: 1}
    const query = searchQueryString(state)
    const input = {
      locale,
      title: state.q ? t('feed.search', {site: name, q: state.q}) : t('feed.filtered', {site: name}),
      description,
      pagePath: `/news${query}`,
      feedPath: `/news/feed.xml${query}`,
      items: (await searchNews(state, locale, FEED_SIZE)).hits,
    }
    return feedResponse(buildFeedIn(format, input), {private: preview, format})
  })
}
