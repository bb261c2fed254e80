// Image URLs on Sanity's CDN (through @sanity/image-url) from image fields, with the editor's crop and hotspot, sized for each place.
import {createImageUrlBuilder} from '@sanity/image-url'
import {dataset, imageCdnOrigin, studioProjectId} from '@/sanity/env'

type Crop = {top?: number; bottom?: number; left?: number; right?: number}
type Hotspot = {x?: number; y?: number; width?: number; height?: number}

/** An image field as queries return it: the asset reference, the editor's crop and hotspot, and its texts. */
export type SanityImageValue = {
  asset?: {_ref: string} | null
  crop?: Crop | null
  hotspot?: Hotspot | null
  alt?: string | null
  caption?: string | null
  credit?: string | null
}

/** What an <img> needs: a fallback src, the srcset of every width, and the intrinsic size that reserves its space. */
export type ResponsiveImage = {src: string; srcSet: string; width: number; height: number}

/** Asset ids carry the original's size: `image-<hash>-<width>x<height>-<format>`. */
const ASSET_REF = /^image-[A-Za-z0-9]+-(\d+)x(\d+)-[a-z]+$/

const builder = createImageUrlBuilder({projectId: studioProjectId, dataset, baseUrl: imageCdnOrigin()})

function completeCrop(crop: Crop | null | undefined) {
  const {top, bottom, left, right} = crop ?? {}
  return typeof top === 'number' && typeof bottom === 'number' && typeof left === 'number' && typeof right === 'number'
    ? {top, bottom, left, right}
    : undefined
}

function completeHotspot(hotspot: Hotspot | null | undefined) {
  const {x, y, width, height} = hotspot ?? {}
  return typeof x === 'number' && typeof y === 'number' && typeof width === 'number' && typeof height === 'number' ? {x, y, width, height} : undefined
}

/** The parts of an image field @sanity/image-url reads, or null when there is no (well-formed) asset. */
function imageSource(image: SanityImageValue | null | undefined) {
  const ref = image?.asset?._ref
  if (!ref || !ASSET_REF.test(ref)) return null
  return {asset: {_ref: ref}, crop: completeCrop(image.crop), hotspot: completeHotspot(image.hotspot)}
}

/** The size of the editor's crop of the original, in pixels: the image's natural proportions on the site. */
export function croppedSize(image: SanityImageValue | null | undefined): {width: number; height: number} | null {
  const source = imageSource(image)
  if (!source) return null
  const [, width, height] = ASSET_REF.exec(source.asset._ref)!.map(Number) as [number, number, number]
  const crop = source.crop ?? {top: 0, bottom: 0, left: 0, right: 0}
  return {width: Math.round(width * (1 - crop.left - crop.right)), height: Math.round(height * (1 - crop.top - crop.bottom))}
}

/** Whether an image can be shown: it has an asset and the alt text every image on the site must have. */
export function isShowableImage(image: SanityImageValue | null | undefined): image is SanityImageValue & {alt: string} {
  return imageSource(image) !== null && typeof image?.alt === 'string' && image.alt.trim().length > 0
}

/**
 * One URL: `width` wide and, with `aspectRatio` (width / height), cut to that shape around the hotspot inside the
 * crop; without it the crop keeps its own shape. `auto=format` lets the CDN send WebP or AVIF to browsers that take them.
 */
export function imageUrl(image: SanityImageValue, width: number, options: {aspectRatio?: number; format?: 'png'} = {}): string {
  const source = imageSource(image)
  if (!source) throw new Error('imageUrl: the image has no asset')
  let url = builder.image(source).width(width)
  if (options.aspectRatio) url = url.height(Math.round(width / options.aspectRatio))
  url = options.format ? url.format(options.format) : url.auto('format')
  return url.fit(options.aspectRatio ? 'crop' : 'max').url()
}

/**
 * Every width of `widths` the original can give (never upscaled), as a srcset, with the smallest as the fallback src;
 * null when the image cannot be shown. width/height are the shown proportions, so the browser reserves the space.
 */
export function responsiveImage(image: SanityImageValue | null | undefined, widths: readonly number[], aspectRatio?: number): ResponsiveImage | null {
  const size = croppedSize(image)
  if (!image || !size) return null
  const ratio = aspectRatio ?? size.width / size.height
  const fitting = [...new Set(widths)].sort((a, b) => a - b).filter((width) => width <= size.width)
  const usable = fitting.length > 0 ? fitting : [Math.min(size.width, ...widths)]
  const largest = usable.at(-1)!
  return {
    src: imageUrl(image, usable[0]!, {aspectRatio}),
    srcSet: usable.map((width) => `${imageUrl(image, width, {aspectRatio})} ${width}w`).join(', '),
    width: largest,
    height: Math.round(largest / ratio),
  }
}
