// RSS 2.0 feed of any /news search: the same parameters as the page, newest items first.
import {draftMode} from 'next/headers'
import type {NextRequest} from 'next/server'
import {orUnavailableResponse} from '@/lib/content/or-unavailable'
import {searchNews} from '@/lib/content/search-index'
import {getSiteSettings} from '@/lib/content/settings'
import {buildRssFeed, feedResponse} from '@/lib/feed'
import {messages} from '@/lib/messages'
import {parseQueryString, searchQueryString} from '@/lib/search/params'

export async function GET(request: NextRequest) {
  // Rendered per request, so Next leaves its headers to it: an editor's preview must not reach a shared cache.
  const preview = (await draftMode()).isEnabled
  // A feed follows what is new: whatever order the page had, its feed lists the newest matches first.
  const state = {...parseQueryString(request.nextUrl.search), sort: 'newest' as const, page: 1}
  const query = searchQueryString(state)
  const {name, description} = await getSiteSettings()
  return orUnavailableResponse(async () =>
    feedResponse(
      buildRssFeed({
        title: messages.feed.search(name, state.q),
        description,
        pagePath: `/news${query}`,
        feedPath: `/news/feed.xml${query}`,
        items: (await searchNews(state)).hits,
      }),
      {private: preview},
    ),
  )
}
