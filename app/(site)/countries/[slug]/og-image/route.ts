// The share image of a country page, at a stable address.
import {collectionSlugParams} from '@/components/collection/collection-page'
import {collectionShareImage, shareImageResponse} from '@/lib/share-images'
import {orUnavailableResponse} from '@/lib/content/or-unavailable'

export async function generateStaticParams() {
  return collectionSlugParams('country')
}

export async function GET(_request: Request, {params}: RouteContext<'/countries/[slug]/og-image'>) {
  return orUnavailableResponse(async () => shareImageResponse(await collectionShareImage('country', (await params).slug)))
}
