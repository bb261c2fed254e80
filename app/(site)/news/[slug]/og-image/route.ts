// The share image of a news item, at a stable address.
import {getNewsSlugs} from '@/lib/content/news'
import {newsShareImage, shareImageResponse} from '@/lib/share-images'
import {staticSlugParams} from '@/lib/static-params'
import {orUnavailableResponse} from '@/lib/content/or-unavailable'

export async function generateStaticParams() {
  return staticSlugParams((await getNewsSlugs()).map((item) => item.slug))
}

export async function GET(_request: Request, {params}: RouteContext<'/news/[slug]/og-image'>) {
  return orUnavailableResponse(async () => shareImageResponse(await newsShareImage((await params).slug)))
}
