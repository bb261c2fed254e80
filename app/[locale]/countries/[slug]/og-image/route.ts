// The share image of a country page, at a stable address.
import {collectionSlugParams} from '@/app/[locale]/_collection/collection-page'
import {collectionShareImage, shareImageResponse} from '@/lib/seo/share-images'
import {orUnavailableResponse} from '@/lib/content/or-unavailable'
import {asLocale} from '@/lib/i18n/routing'

export async function generateStaticParams() {
  return collectionSlugParams('country')
}

export async function GET(_request: Request, {params}: RouteContext<'/[locale]/countries/[slug]/og-image'>) {
  const {locale, slug} = await params
  return orUnavailableResponse(async () => shareImageResponse(await collectionShareImage('country', slug, asLocale(locale))))
}
