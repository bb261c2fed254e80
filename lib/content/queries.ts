// Every GROQ query of the portal, in one place; user input only ever arrives as $params.
import {defineQuery} from 'next-sanity'

export const NEWS_LIST_QUERY = defineQuery(`
  *[_type == "newsItem" && defined(slug.current)] | order(publishedAt desc, title asc) [$start...$end] {
    _id,
    title,
    "slug": slug.current,
    publishedAt,
    place,
    summary,
    "countries": countries[]->{name, "slug": slug.current, isoCode},
    "topics": topics[]->{title, "slug": slug.current}
  }
`)

export const NEWS_COUNT_QUERY = defineQuery(`count(*[_type == "newsItem" && defined(slug.current)])`)

export const NEWS_ITEM_QUERY = defineQuery(`
  *[_type == "newsItem" && slug.current == $slug][0] {
    _id,
    _updatedAt,
    title,
    "slug": slug.current,
    publishedAt,
    place,
    summary,
    body,
    mainImage,
    partners,
    "countries": countries[]->{name, "slug": slug.current, isoCode},
    "topics": topics[]->{title, "slug": slug.current}
  }
`)

export const NEWS_SLUGS_QUERY = defineQuery(`
  *[_type == "newsItem" && defined(slug.current)] | order(publishedAt desc) {"slug": slug.current, _updatedAt}
`)

/** Everything search needs of each item, in one pass: it feeds the in-process search index. */
export const SEARCH_DOCUMENTS_QUERY = defineQuery(`
  *[_type == "newsItem" && defined(slug.current)] {
    _id,
    title,
    "slug": slug.current,
    publishedAt,
    place,
    summary,
    "body": pt::text(body),
    "countries": countries[]->slug.current,
    "topics": topics[]->slug.current
  }
`)

/** The names behind the country and topic slugs that search filters by. */
export const SEARCH_FACETS_QUERY = defineQuery(`{
  "countries": *[_type == "country" && defined(slug.current)] | order(name asc) {name, "slug": slug.current, isoCode, region},
  "topics": *[_type == "tag" && defined(slug.current)] | order(title asc) {title, "slug": slug.current}
}`)
