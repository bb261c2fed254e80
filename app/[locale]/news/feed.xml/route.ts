// RSS 2.0 feed of any /news search: the same parameters as the page, newest items first.
import {draftMode} from 'next/headers'
import type {NextRequest} from 'next/server'
import {orUnavailableResponse} from '@/lib/content/or-unavailable'
import {searchNews} from '@/lib/content/search-index'
import {buildRssFeed, feedResponse} from '@/lib/feed'
import {asLocale} from '@/lib/i18n/routing'
import {translator} from '@/lib/i18n/translator'
import {getSiteText} from '@/lib/content/settings'
import {parseQueryString, searchQueryString} from '@/lib/search/params'

export async function GET(request: NextRequest, {params}: RouteContext<'/[locale]/news/feed.xml'>) {
  const locale = asLocale((await params).locale)
  const t = translator(locale)
  const {name, description} = await getSiteText(locale)
  // Rendered per request, so Next leaves its headers to it: an editor's preview must not reach a shared cache.
  const preview = (await draftMode()).isEnabled
  // A feed follows what is new: whatever order the page had, its feed lists the newest matches first.
  const state = {...parseQueryString(request.nextUrl.search), sort: 'newest' as const, page: 1}
  const query = searchQueryString(state)
  return orUnavailableResponse(async () =>
    feedResponse(
      buildRssFeed({
        locale,
        title: state.q ? t('feed.search', {site: name, q: state.q}) : t('feed.filtered', {site: name}),
        description,
        pagePath: `/news${query}`,
        feedPath: `/news/feed.xml${query}`,
        items: (await searchNews(state, locale)).hits,
      }),
      {private: preview},
    ),
  )
}
