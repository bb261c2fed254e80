// Builds each page's metadata the same way: title, description, canonical, language alternates, feeds, OpenGraph and Twitter tags.
import {feedFormatPath} from './rss'
import type {Metadata} from 'next'
import {localePath} from '../i18n/navigation'
import {DEFAULT_LOCALE, LOCALES, type Locale} from '../i18n/routing'
import {translator} from '../i18n/translator'
import {absoluteUrl} from '../http/site'

/** The site as its settings name it: the name shared links carry, and the image pages without their own are shared with. */
export type SiteIdentity = {name: string; shareImage?: {url: string; alt: string} | null}

export type PageMetadataInput = {
  locale: Locale
  title: string
  description: string
  /** The page's own path in English form, e.g. "/countries/el-salvador"; the canonical URL adds the language's prefix. */
  path: string
  /** Where a page's translation lives when its path differs (an item's slug per language); by default the same path. */
  translations?: Partial<Record<Locale, string>>
  /** A generated share image's path, e.g. "/countries/el-salvador/og-image". */
  image?: {path: string; alt: string}
  /** The RSS feed that belongs to the page. */
  feed?: {path: string; title: string}
  article?: {publishedTime?: string | null; modifiedTime?: string | null; tags?: string[]}
}

/** OpenGraph's locale names: British English as before, Latin-American Spanish for the region's readers. */
const OPEN_GRAPH_LOCALES: Record<Locale, string> = {en: 'en_GB', es: 'es_LA'}

/** Search engines and cards show about 160 characters; cut longer descriptions at a word. */
export function shortDescription(text: string, max = 160): string {
  const clean = text.replace(/\s+/g, ' ').trim()
  if (clean.length <= max) return clean
  const cut = clean.slice(0, max - 1)
  const lastSpace = cut.lastIndexOf(' ')
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.–-]+$/, '')}…`
}

/** hreflang alternates: every language's address of the page, and English's as x-default. */
export function languageAlternates(path: string, translations: Partial<Record<Locale, string>> = {}): Record<string, string> {
  const urls = Object.fromEntries(LOCALES.map((locale) => [locale, absoluteUrl(localePath(locale, translations[locale] ?? path))]))
  return {...urls, 'x-default': urls[DEFAULT_LOCALE]!}
}

export function pageMetadata(
  {locale, title, description, path, translations, image, feed, article}: PageMetadataInput,
  site: SiteIdentity = {name: translator(locale)('site.name')},
): Metadata {
  const url = absoluteUrl(localePath(locale, path))
  const summary = shortDescription(description)
  const images = image
    ? [{url: absoluteUrl(localePath(locale, image.path)), width: 1200, height: 630, alt: image.alt}]
    : site.shareImage
      ? [{url: site.shareImage.url, width: 1200, height: 630, alt: site.shareImage.alt}]
      : undefined
  return {
    title,
    description: summary,
    alternates: {
      canonical: url,
      languages: languageAlternates(path, translations),
      ...(feed
        ? {
            types: {
              'application/rss+xml': [{url: absoluteUrl(localePath(locale, feed.path)), title: feed.title}],
              'application/atom+xml': [{url: absoluteUrl(localePath(locale, feedFormatPath(feed.path, 'atom'))), title: feed.title}],
              'application/feed+json': [{url: absoluteUrl(localePath(locale, feedFormatPath(feed.path, 'json'))), title: feed.title}],
            },
          }
        : {}),
    },
    openGraph: {
      title,
      description: summary,
      url,
      siteName: site.name,
      locale: OPEN_GRAPH_LOCALES[locale],
      alternateLocale: LOCALES.filter((other) => other !== locale).map((other) => OPEN_GRAPH_LOCALES[other]),
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
export function notFoundMetadata(locale: Locale): Metadata {
  return {title: translator(locale)('notFound.title')}
}
