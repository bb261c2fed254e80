// The share image of a news item, at a stable address.
import {publishedIn} from '@/lib/content/source/fetch-options'
import {getListedNewsSlugs} from '@/lib/content/reads/news'
import {newsShareImage, shareImageResponse} from '@/lib/seo/share-images'
import {staticSlugParams} from '@/lib/http/static-params'
import {orUnavailableResponse} from '@/lib/content/or-unavailable'
import {asLocale} from '@/lib/i18n/routing'

export async function generateStaticParams({params}: {params: {locale: string}}) {
  return staticSlugParams((await getListedNewsSlugs(publishedIn(asLocale(params.locale)))).map((item) => item.slug))
}

export async function GET(_request: Request, {params}: RouteContext<'/[locale]/news/[slug]/og-image'>) {
  const {locale, slug} = await params
  return orUnavailableResponse(async () => shareImageResponse(await newsShareImage(slug, asLocale(locale))))
}
