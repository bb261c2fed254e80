// An image from Sanity with its alt text, responsive srcset and reserved size, and its caption and credit beneath.
import {useTranslations} from 'next-intl'
import {isShowableImage, responsiveImage, type SanityImageValue} from '@/lib/seo/sanity-image'

type SanityImgProps = {
  image: SanityImageValue | null | undefined
  /** The widths offered in the srcset; the browser picks by `sizes` and the screen's density. */
  widths: readonly number[]
  /** How wide the image is shown, as the `sizes` attribute. */
  sizes: string
  /** Width / height to cut the image to around its hotspot; the crop's own shape when left out. */
  aspectRatio?: number
  /** The page's main image: loaded first. Every other image loads lazily as it nears the screen. */
  priority?: boolean
  className?: string
}

/** The <img> alone, or nothing when the image has no asset or no alt text (every image on the site is described). */
export function SanityImg({image, widths, sizes, aspectRatio, priority = false, className}: SanityImgProps) {
  if (!isShowableImage(image)) return null
  const picture = responsiveImage(image, widths, aspectRatio)
  if (!picture) return null
  return (
    // Sanity's CDN resizes, crops and picks the format; next/image would add a second optimiser (and an image proxy).
    // eslint-disable-next-line @next/next/no-img-element
    <img
      src={picture.src}
      srcSet={picture.srcSet}
      sizes={sizes}
      width={picture.width}
      height={picture.height}
      alt={image.alt}
      loading={priority ? 'eager' : 'lazy'}
      fetchPriority={priority ? 'high' : undefined}
      decoding={priority ? undefined : 'async'}
      className={className}
    />
  )
}

/** The image in a <figure> with its caption and credit; nothing at all (no empty figure) when it cannot be shown. */
export function SanityFigure({className, ...props}: SanityImgProps) {
  const t = useTranslations()
  const {image} = props
  if (!isShowableImage(image)) return null
  const caption = image.caption?.trim()
  const credit = image.credit?.trim()
  return (
    <figure className={className}>
      <SanityImg {...props} className="h-auto w-full bg-slate-100" />
      {(caption || credit) && (
        <figcaption className="mt-2 text-sm text-slate-700">
          {caption}
          {caption && credit && ' '}
          {credit && <span className="text-slate-600">{t('news.photoCredit', {credit})}</span>}
        </figcaption>
      )}
    </figure>
  )
}
