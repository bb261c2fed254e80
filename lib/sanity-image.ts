// Image URLs on Sanity's CDN from image references, sized for the place they appear.
import {createImageUrlBuilder, type SanityImageSource} from '@sanity/image-url'
import {dataset, studioProjectId} from '@/sanity/env'

const builder = createImageUrlBuilder({projectId: studioProjectId, dataset})

export function imageUrl(source: SanityImageSource, width: number): string {
  return builder.image(source).width(width).auto('format').fit('max').url()
}
