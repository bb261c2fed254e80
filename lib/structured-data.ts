// JSON-LD for search engines: NewsArticle on items and BreadcrumbList wherever a page has a trail.
import {absoluteUrl, siteConfig} from './site'

export type Crumb = {name: string; path: string}

export function breadcrumbJsonLd(trail: Crumb[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: absoluteUrl(crumb.path),
    })),
  }
}

export type ArticleInput = {
  title: string
  slug: string
  summary: string | null
  publishedAt: string | null
  updatedAt: string | null
  place: string | null
  countries: Array<{name: string | null; slug: string | null}>
  image?: string
}

export function newsArticleJsonLd(article: ArticleInput) {
  const url = absoluteUrl(`/news/${article.slug}`)
  const countries = article.countries.flatMap((country) =>
    country.name && country.slug ? [{'@type': 'Country', name: country.name, url: absoluteUrl(`/countries/${country.slug}`)}] : [],
  )
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.summary ?? undefined,
    datePublished: article.publishedAt ?? undefined,
    dateModified: article.updatedAt ?? article.publishedAt ?? undefined,
    mainEntityOfPage: {'@type': 'WebPage', '@id': url},
    url,
    image: article.image ? [article.image] : undefined,
    dateline: article.place ?? undefined,
    publisher: {'@type': 'Organization', name: siteConfig.publisher, url: absoluteUrl('/')},
    author: {'@type': 'Organization', name: siteConfig.publisher},
    about: countries.length > 0 ? countries : undefined,
    contentLocation: countries.length > 0 ? countries : undefined,
  }
}

/** JSON for a <script> element: "<" is escaped so no text in the data can close the element. */
export function jsonLdScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c')
}
