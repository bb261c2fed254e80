// RSS 2.0 feed of the latest news across the site.
import {feedResponse} from '@/lib/feed'
import {siteFeedXml} from '@/lib/feeds'
import {orUnavailableResponse} from '@/lib/content/or-unavailable'
import {asLocale} from '@/lib/i18n/routing'

export async function GET(_request: Request, {params}: RouteContext<'/[locale]/feed.xml'>) {
  const locale = asLocale((await params).locale)
  return orUnavailableResponse(async () => feedResponse(await siteFeedXml(locale)))
}
