// CSV of any /news search: every match, in the page's order, one row per item.
import type {NextRequest} from 'next/server'
import {asLocale} from '@/lib/i18n/routing'
import {searchFileResponse} from '@/lib/lists/search-files'

export async function GET(request: NextRequest, {params}: RouteContext<'/[locale]/news/feed.csv'>) {
  return searchFileResponse(request, asLocale((await params).locale), 'csv')
}
