// JSON Feed 1.1 of any /news search: the same parameters as the page, newest items first.
import type {NextRequest} from 'next/server'
import {asLocale} from '@/lib/i18n/routing'
import {searchFileResponse} from '@/lib/lists/search-files'

export async function GET(request: NextRequest, {params}: RouteContext<'/[locale]/news/feed.json'>) {
  return searchFileResponse(request, asLocale((await params).locale), 'json')
}
