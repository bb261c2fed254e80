// JSON-LD for search engines: NewsArticle on items and BreadcrumbList wherever a page has a trail.
import {localePath} from '../i18n/navigation'
import type {Locale} from '../i18n/routing'
import {absoluteUrl} from '../http/site'

export type Crumb = {name: string; path: string}

/** Crumb paths are written in English form ("/news") and point at the page's language. */
export function breadcrumbJsonLd(trail: Crumb[], locale: Locale) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: absoluteUrl(localePath(locale, crumb.path)),
    })),
  }
}

/** Google asks for a raster publisher logo no larger than 600×60 (app/[locale]/publisher-logo.png draws it). */
export const PUBLISHER_LOGO_SIZE = {width: 600, height: 60} as const

export type ArticleInput = {
  title: string
  slug: string
  summary: string | null
  publishedAt: string | null
  updatedAt: string | null
  place: string | null
  countries: Array<{name: string | null; slug: string | null}>
  image?: string
  /** The language of the text shown: an untranslated item is shown in its own language on the other's address. */
  inLanguage: Locale
  locale: Locale
  publisher: string
}

export function newsArticleJsonLd(article: ArticleInput) {
  const url = absoluteUrl(localePath(article.locale, `/news/${article.slug}`))
  const countries = article.countries.flatMap((country) =>
    country.name && country.slug
      ? [{'@type': 'Country', name: country.name, url: absoluteUrl(localePath(article.locale, `/countries/${country.slug}`))}]
      : [],
  )
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    inLanguage: article.inLanguage,
    description: article.summary ?? undefined,
    datePublished: article.publishedAt ?? undefined,
    dateModified: article.updatedAt ?? article.publishedAt ?? undefined,
    mainEntityOfPage: {'@type': 'WebPage', '@id': url},
    url,
    image: article.image ? [article.image] : undefined,
    dateline: article.place ?? undefined,
    publisher: {
      '@type': 'Organization',
      name: article.publisher,
      url: absoluteUrl(localePath(article.locale, '/')),
      logo: {'@type': 'ImageObject', url: absoluteUrl(localePath(article.locale, '/publisher-logo.png')), ...PUBLISHER_LOGO_SIZE},
    },
    author: {'@type': 'Organization', name: article.publisher},
    about: countries.length > 0 ? countries : undefined,
    contentLocation: countries.length > 0 ? countries : undefined,
  }
}

/** JSON for a <script> element: "<" is escaped so no text in the data can close the element. */
export function jsonLdScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c')
}
