// Renders an item's body: safe links only (http, https, mailto), external ones marked, images with alt text.
import {PortableText, type PortableTextComponents} from '@portabletext/react'
import type {SanityImageSource} from '@sanity/image-url'
import {imageUrl} from '@/lib/sanity-image'
import {siteUrl} from '@/lib/site'

const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:'])

/** The href if its scheme is allowed, else null (the text is then shown without a link). */
export function safeHref(href: unknown): string | null {
  if (typeof href !== 'string') return null
  try {
    const url = new URL(href, siteUrl())
    return SAFE_SCHEMES.has(url.protocol) ? href : null
  } catch {
    return null
  }
}

function isExternal(href: string): boolean {
  try {
    return new URL(href, siteUrl()).origin !== siteUrl().origin
  } catch {
    return false
  }
}

type BodyImage = SanityImageSource & {alt?: string; caption?: string; asset?: unknown}

const components: PortableTextComponents = {
  marks: {
    link: ({value, children}) => {
      const href = safeHref(value?.href)
      if (!href) return <>{children}</>
      // Underlined, not only coloured: inside running text a link must be told apart without relying on colour.
      if (!isExternal(href) || href.startsWith('mailto:'))
        return (
          <a href={href} className="underline">
            {children}
          </a>
        )
      return (
        <a href={href} rel="noopener noreferrer" target="_blank" className="underline">
          {children}
          <span className="sr-only"> (external link, opens in a new tab)</span>
          <span aria-hidden="true"> ↗</span>
        </a>
      )
    },
  },
  types: {
    image: ({value}: {value: BodyImage}) => {
      if (!value?.asset) return null
      return (
        <figure className="my-6">
          {/* Sanity's CDN resizes the image; next/image would add a second optimiser for no gain. */}
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img src={imageUrl(value, 1200)} alt={value.alt ?? ''} loading="lazy" className="h-auto w-full" />
          {value.caption && <figcaption className="mt-2 text-sm text-slate-700">{value.caption}</figcaption>}
        </figure>
      )
    },
  },
}

/** Any Portable Text array: blocks and images as the schema defines them. */
type BodyValue = Array<{_type: string; _key: string}>

export function BodyText({value}: {value: BodyValue}) {
  return <PortableText<{_type: string; _key: string}> value={value} components={components} />
}
