// Every GROQ query of the portal, in one place; user input only ever arrives as $params.
import {defineQuery} from 'next-sanity'

/** One light row per item for counting per country, topic and year in JS: its date and reference ids. */
const FACET_ROW_PROJECTION = `{
    publishedAt,
    "countryIds": countries[]._ref,
    "topicIds": topics[]._ref
  }`

/** What a news card shows: the fields every list of items projects. */
const NEWS_CARD_PROJECTION = `{
    _id,
    title,
    "slug": slug.current,
    publishedAt,
    place,
    summary,
    "countries": countries[]->{name, "slug": slug.current, isoCode},
    "topics": topics[]->{title, "slug": slug.current},
    "image": mainImage{asset, crop, hotspot, alt}
  }`

export const NEWS_LIST_QUERY = defineQuery(`
  *[_type == "newsItem" && defined(slug.current)] | order(publishedAt desc, title asc) [$start...$end] ${NEWS_CARD_PROJECTION}
`)

export const NEWS_ITEM_QUERY = defineQuery(`
  *[_type == "newsItem" && slug.current == $slug][0] {
    _id,
    _updatedAt,
    title,
    "slug": slug.current,
    publishedAt,
    place,
    summary,
    "body": body[]{
      ...,
      markDefs[]{..., _type == "internalLink" => {"slug": reference->slug.current}}
    },
    "mainImage": mainImage{asset, crop, hotspot, alt, caption, credit},
    partners,
    sourceUrl,
    "attachments": attachments[defined(asset._ref)]{_key, title, "assetId": asset._ref, "size": asset->size, "mimeType": asset->mimeType},
    "pressContacts": pressContacts[]->{_id, name, role, email, phone},
    "countries": countries[]->{_id, name, "slug": slug.current, isoCode},
    "topics": topics[]->{_id, title, "slug": slug.current}
  }
`)

/** Every item's address, with the earlier addresses that still lead to it (slug history). */
export const NEWS_SLUGS_QUERY = defineQuery(`
  *[_type == "newsItem" && defined(slug.current)] | order(publishedAt desc) {"slug": slug.current, _updatedAt, previousSlugs}
`)

/** Up to three other items that share a country or a topic with the given one, newest first. */
export const RELATED_NEWS_QUERY = defineQuery(`
  *[_type == "newsItem" && defined(slug.current) && _id != $id
    && (count(countries[_ref in $countryIds]) > 0 || count(topics[_ref in $topicIds]) > 0)]
  | order(publishedAt desc, title asc) [0...3] ${NEWS_CARD_PROJECTION}
`)

/** One light row per item (date and reference ids), so counts per country, topic and year are made in one pass. */
export const NEWS_FACETS_QUERY = defineQuery(`
  *[_type == "newsItem" && defined(slug.current)] ${FACET_ROW_PROJECTION}
`)

export const COUNTRIES_QUERY = defineQuery(`
  *[_type == "country" && defined(slug.current)] | order(name asc) {
    _id,
    name,
    "slug": slug.current,
    isoCode,
    region,
    description
  }
`)

export const TOPICS_QUERY = defineQuery(`
  *[_type == "tag" && defined(slug.current)] | order(title asc) {
    _id,
    title,
    "slug": slug.current,
    description
  }
`)

/** One country or topic (`$type` is "country" or "tag") by slug, in one shape: its name is its title. */
export const COLLECTION_QUERY = defineQuery(`
  *[_type == $type && slug.current == $slug][0] {
    _id,
    _updatedAt,
    "title": coalesce(name, title),
    "slug": slug.current,
    isoCode,
    region,
    description
  }
`)

/** The facts rows of one country's or topic's items: dates and reference ids, counted in JS. */
export const COLLECTION_FACETS_QUERY = defineQuery(`
  *[_type == "newsItem" && defined(slug.current) && ($id in countries[]._ref || $id in topics[]._ref)] ${FACET_ROW_PROJECTION}
`)

/** One page of a country's or topic's items, newest first. */
export const COLLECTION_NEWS_QUERY = defineQuery(`
  *[_type == "newsItem" && defined(slug.current) && ($id in countries[]._ref || $id in topics[]._ref)]
  | order(publishedAt desc, title asc) [$start...$end] ${NEWS_CARD_PROJECTION}
`)

/** A light revision of everything search shows: it changes whenever an item, country, topic or the site settings (time zone) are published or deleted. */
export const CONTENT_REVISION_QUERY = defineQuery(`{
  "count": count(*[_type in ["newsItem", "country", "tag", "siteSettings"]]),
  "updatedAt": *[_type in ["newsItem", "country", "tag", "siteSettings"] && defined(_updatedAt)] | order(_updatedAt desc) [0]._updatedAt
}`)

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
    "topics": topics[]->slug.current,
    "image": mainImage{asset, crop, hotspot, alt}
  }
`)

/** The names behind the country and topic slugs that search filters by. */
export const SEARCH_FACETS_QUERY = defineQuery(`{
  "countries": *[_type == "country" && defined(slug.current)] | order(name asc) {name, "slug": slug.current, isoCode, region},
  "topics": *[_type == "tag" && defined(slug.current)] | order(title asc) {title, "slug": slug.current}
}`)

/** The site's settings document (a singleton), or null when the dataset has none: the site then uses its built-in values. */
export const SITE_SETTINGS_QUERY = defineQuery(`
  *[_type == "siteSettings" && _id == $id][0] {
    title,
    description,
    "shareImage": shareImage{asset, crop, hotspot, alt},
    timeZone
  }
`)
