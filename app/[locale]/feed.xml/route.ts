// RSS 2.0 feed of the latest news across the site, one per language.
import {feedResponse} from '@/lib/seo/rss'
import {siteFeedXml} from '@/lib/content/reads/feeds'
import {orUnavailableResponse} from '@/lib/content/or-unavailable'
import {asLocale, LOCALES} from '@/lib/i18n/routing'

// Prerendered per language, as the single feed was: Next then answers draft-mode requests privately itself.
export function generateStaticParams() {
  return LOCALES.map((locale) => ({locale}))
}

export async function GET(_request: Request, {params}: RouteContext<'/[locale]/feed.xml'>) {
  const locale = asLocale((await params).locale)
  return orUnavailableResponse(async () => feedResponse(await siteFeedXml(locale)))
}
