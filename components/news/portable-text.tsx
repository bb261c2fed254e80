// Renders an item's body: safe links only (http, https, mailto), external ones marked, links to other items, quotes, images with alt text.
import {PortableText, type PortableTextComponents} from '@portabletext/react'
import type {SanityImageValue} from '@/lib/seo/sanity-image'
import {Link} from '@/components/ui/link'
import {siteUrl} from '@/lib/http/site'
import {isSlug} from '@/sanity/slug.mjs'
import {ExternalLink} from './external-link'
import {SanityFigure} from './sanity-figure'

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

/** Body images keep the editor's crop as their shape, at up to the body's 48rem (768 px). */
const BODY_IMAGE_WIDTHS = [400, 640, 768, 1024, 1536]

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
      return <ExternalLink href={href}>{children}</ExternalLink>
    },
    // Another news item, at its current address (the query resolves the reference); plain text if it is gone.
    internalLink: ({value, children}) =>
      typeof value?.slug === 'string' && isSlug(value.slug) ? (
        <Link href={`/news/${value.slug}`} className="underline">
          {children}
        </Link>
      ) : (
        <>{children}</>
      ),
  },
  block: {
    blockquote: ({children}) => <blockquote className="border-l-4 border-blue-800 pl-4 italic text-slate-800">{children}</blockquote>,
  },
  types: {
    image: ({value}: {value: SanityImageValue}) => (
      <SanityFigure image={value} widths={BODY_IMAGE_WIDTHS} sizes="(min-width: 52rem) 48rem, calc(100vw - 2rem)" className="my-6" />
    ),
  },
}

/** Any Portable Text array: blocks and images as the schema defines them. */
type BodyValue = Array<{_type: string; _key: string}>

export function BodyText({value}: {value: BodyValue}) {
  return <PortableText<{_type: string; _key: string}> value={value} components={components} />
}
