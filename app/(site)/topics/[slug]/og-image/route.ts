// The share image of a topic page, at a stable address.
import {collectionSlugParams} from '@/components/collection/collection-page'
import {collectionShareImage, shareImageResponse} from '@/lib/share-images'
import {orUnavailableResponse} from '@/lib/content/or-unavailable'

export async function generateStaticParams() {
  return collectionSlugParams('topic')
}

export async function GET(_request: Request, {params}: RouteContext<'/topics/[slug]/og-image'>) {
  return orUnavailableResponse(async () => shareImageResponse(await collectionShareImage('topic', (await params).slug)))
}
