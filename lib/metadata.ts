// Builds each page's metadata the same way: title, description, canonical, feeds, OpenGraph and Twitter tags.
import type {Metadata} from 'next'
import {messages} from './messages'
import {absoluteUrl, siteConfig} from './site'

/** The site as its settings name it: the name shared links carry, and the image pages without their own are shared with. */
export type SiteIdentity = {name: string; shareImage?: {url: string; alt: string} | null}

export type PageMetadataInput = {
  title: string
  description: string
  /** The page's own path, e.g. "/countries/el-salvador"; the canonical URL is built from NEXT_PUBLIC_SITE_URL. */
  path: string
  /** A generated share image's path, e.g. "/countries/el-salvador/og-image". */
  image?: {path: string; alt: string}
  /** The RSS feed that belongs to the page. */
  feed?: {path: string; title: string}
  article?: {publishedTime?: string | null; modifiedTime?: string | null; tags?: string[]}
}

/** Search engines and cards show about 160 characters; cut longer descriptions at a word. */
export function shortDescription(text: string, max = 160): string {
  const clean = text.replace(/\s+/g, ' ').trim()
  if (clean.length <= max) return clean
  const cut = clean.slice(0, max - 1)
  const lastSpace = cut.lastIndexOf(' ')
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.–-]+$/, '')}…`
}

export function pageMetadata(
  {title, description, path, image, feed, article}: PageMetadataInput,
  site: SiteIdentity = {name: siteConfig.name},
): Metadata {
  const url = absoluteUrl(path)
  const summary = shortDescription(description)
  const images = image
    ? [{url: absoluteUrl(image.path), width: 1200, height: 630, alt: image.alt}]
    : site.shareImage
      ? [{url: site.shareImage.url, width: 1200, height: 630, alt: site.shareImage.alt}]
      : undefined
  return {
    title,
    description: summary,
    alternates: {
      canonical: url,
      ...(feed ? {types: {'application/rss+xml': [{url: absoluteUrl(feed.path), title: feed.title}]}} : {}),
    },
    openGraph: {
      title,
      description: summary,
      url,
      siteName: site.name,
      locale: 'en_GB',
      ...(article
        ? {
            type: 'article',
            publishedTime: article.publishedTime ?? undefined,
            modifiedTime: article.modifiedTime ?? undefined,
            tags: article.tags,
          }
        : {type: 'website'}),
      ...(images ? {images} : {}),
    },
    twitter: {
      card: images ? 'summary_large_image' : 'summary',
      title,
      description: summary,
      ...(images ? {images} : {}),
    },
  }
}

/** A page's metadata when it answers 404 (Next adds `<meta name="robots" content="noindex">` to every 404 itself). */
export const notFoundMetadata: Metadata = {title: messages.notFound.title}
