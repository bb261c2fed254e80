// Every GROQ query of the portal, in one place; user input only ever arrives as $params.
import {defineQuery} from 'next-sanity'

/** A country's name and a topic's title in the reader's language ($locale), English when untranslated. */
const COUNTRY_NAME = `coalesce(nameTranslations[language == $locale][0].value, name)`
const TOPIC_TITLE = `coalesce(titleTranslations[language == $locale][0].value, title)`
/** A country's or topic's description: a topic's in the reader's language when translated; a country has only the stored one. */
const DESCRIPTION = `coalesce(descriptionTranslations[language == $locale][0].value, description)`

/**
 * The date an item is shown and sorted by: its publication date, or when it was created if it has none yet (an item
 * published by a Release or a Scheduled draft skips the Publish button that dates it; GROQ sorts null before any date
 * in `desc`, which would pin it to the top of every list and feed).
 */
const FIRST_PUBLISHED = `coalesce(publishedAt, _createdAt)`

/** One light row per item for counting per country, topic and year in JS: its date and reference ids. */
const FACET_ROW_PROJECTION = `{
    "publishedAt": ${FIRST_PUBLISHED},
    "countryIds": countries[]._ref,
    "topicIds": topics[]._ref
  }`

/** What a news card shows: the fields every list of items projects. */
const NEWS_CARD_PROJECTION = `{
    _id,
    language,
    title,
    "slug": slug.current,
    "publishedAt": ${FIRST_PUBLISHED},
    place,
    summary,
    "countries": countries[]->{"name": ${COUNTRY_NAME}, "slug": slug.current, isoCode},
    "topics": topics[]->{"title": ${TOPIC_TITLE}, "slug": slug.current},
    "image": mainImage{asset, crop, hotspot, alt}
  }`

/**
 * Lists of items take `$replaced`: the ids a language's pages leave out because their translation in that language is
 * listed instead (lib/content/reads/translation-groups.ts), so a translated item is listed once per language.
 */
export const NEWS_LIST_QUERY = defineQuery(`
  *[_type == "newsItem" && defined(slug.current) && !(_id in $replaced)] | order(${FIRST_PUBLISHED} desc, title asc) [$start...$end] ${NEWS_CARD_PROJECTION}
`)

export const NEWS_ITEM_QUERY = defineQuery(`
  *[_type == "newsItem" && slug.current == $slug][0] {
    _id,
    _updatedAt,
    language,
    title,
    "slug": slug.current,
    "publishedAt": ${FIRST_PUBLISHED},
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
    "seo": seo{description, "noindex": noindex == true, "image": image{asset, crop, hotspot, alt}},
    "countries": countries[]->{_id, "name": ${COUNTRY_NAME}, "slug": slug.current, isoCode},
    "topics": topics[]->{_id, "title": ${TOPIC_TITLE}, "slug": slug.current}
  }
`)

/** Every item's address, with the earlier addresses that still lead to it (slug history). */
export const NEWS_SLUGS_QUERY = defineQuery(`
  *[_type == "newsItem" && defined(slug.current)] | order(${FIRST_PUBLISHED} desc) {_id, "slug": slug.current, _updatedAt, previousSlugs, "noindex": seo.noindex == true}
`)

/**
 * Every item's current address as one text, separated by spaces (a slug has none): what the check for invented
 * addresses reads. One string stays cheap to keep and read back at 100,000 items, where a list of objects cost a render
 * 100 ms and more in decoding and garbage (lib/content/reads/known-slugs.ts).
 */
export const NEWS_SLUG_TEXT_QUERY = defineQuery(`
  array::join(*[_type == "newsItem" && defined(slug.current)].slug.current, " ")
`)

/**
 * Every group of translated items (the document-internationalization plugin's translation.metadata): each member's
 * id, language and slug. A member that is not published dereferences to nothing, so its id and slug are null.
 */
export const NEWS_TRANSLATIONS_QUERY = defineQuery(`
  *[_type == "translation.metadata"] {
    "members": translations[value->_type == "newsItem"]{"id": value->_id, "language": value->language, "slug": value->slug.current}
  }
`)

/** Up to three other items that share a country or a topic with the given one, newest first. */
export const RELATED_NEWS_QUERY = defineQuery(`
  *[_type == "newsItem" && defined(slug.current) && _id != $id && !(_id in $replaced)
    && (count(countries[_ref in $countryIds]) > 0 || count(topics[_ref in $topicIds]) > 0)]
  | order(${FIRST_PUBLISHED} desc, title asc) [0...3] ${NEWS_CARD_PROJECTION}
`)

/** One light row per item (date and reference ids), so counts per country, topic and year are made in one pass. */
export const NEWS_FACETS_QUERY = defineQuery(`
  *[_type == "newsItem" && defined(slug.current) && !(_id in $replaced)] ${FACET_ROW_PROJECTION}
`)

export const COUNTRIES_QUERY = defineQuery(`
  *[_type == "country" && defined(slug.current)] {
    _id,
    "name": ${COUNTRY_NAME},
    "slug": slug.current,
    isoCode,
    region,
    description
  } | order(name asc)
`)

export const TOPICS_QUERY = defineQuery(`
  *[_type == "tag" && defined(slug.current)] {
    _id,
    "title": ${TOPIC_TITLE},
    "slug": slug.current,
    "description": ${DESCRIPTION}
  } | order(title asc)
`)

/** One country or topic (`$type` is "country" or "tag") by slug, in one shape: its name is its title. */
export const COLLECTION_QUERY = defineQuery(`
  *[_type == $type && slug.current == $slug][0] {
    _id,
    _updatedAt,
    "title": coalesce(${COUNTRY_NAME}, ${TOPIC_TITLE}),
    "slug": slug.current,
    isoCode,
    region,
    "description": ${DESCRIPTION}
  }
`)

/** The facts rows of one country's or topic's items: dates and reference ids, counted in JS. */
export const COLLECTION_FACETS_QUERY = defineQuery(`
  *[_type == "newsItem" && defined(slug.current) && !(_id in $replaced) && ($id in countries[]._ref || $id in topics[]._ref)] ${FACET_ROW_PROJECTION}
`)

/** One page of a country's or topic's items, newest first. */
export const COLLECTION_NEWS_QUERY = defineQuery(`
  *[_type == "newsItem" && defined(slug.current) && !(_id in $replaced) && ($id in countries[]._ref || $id in topics[]._ref)]
  | order(${FIRST_PUBLISHED} desc, title asc) [$start...$end] ${NEWS_CARD_PROJECTION}
`)

/** The document types whose changes search shows (the revision below counts them). */
const SEARCHED_TYPES = `["newsItem", "country", "tag", "translation.metadata", "siteSettings"]`

/** Everything search needs of one item. */
const SEARCH_DOCUMENT_PROJECTION = `{
    _id,
    language,
    title,
    "slug": slug.current,
    "publishedAt": ${FIRST_PUBLISHED},
    place,
    summary,
    "body": pt::text(body),
    "countries": countries[]->slug.current,
    "topics": topics[]->slug.current,
    "image": mainImage{asset, crop, hotspot, alt}
  }`

/**
 * A light revision of everything search shows: it changes whenever an item, country, topic, link between translations
 * or the site settings (time zone) are published or deleted.
 */
export const CONTENT_REVISION_QUERY = defineQuery(`{
  "count": count(*[_type in ${SEARCHED_TYPES}]),
  "updatedAt": *[_type in ${SEARCHED_TYPES} && defined(_updatedAt)] | order(_updatedAt desc) [0]._updatedAt
}`)

/** Everything search needs of each item, in one pass: the stored search index is written from it. */
export const SEARCH_DOCUMENTS_QUERY = defineQuery(`
  *[_type == "newsItem" && defined(slug.current)] ${SEARCH_DOCUMENT_PROJECTION}
`)

/** The translation groups an item belongs to, as the ids they link: the items a change of it may list or unlist. */
export const SEARCH_ITEM_GROUPS_QUERY = defineQuery(`
  *[_type == "translation.metadata" && references($id)] {"ids": translations[].value._ref}
`)

/**
 * What updating the search index for one changed item needs, read in one snapshot: the revision of everything, the
 * revision of everything but the item (the index is updated in place only when that is the one it was written at),
 * the search documents of the item and of the other items of its translation groups ($ids), those groups, and the
 * time zone.
 */
export const SEARCH_ITEM_CHANGE_QUERY = defineQuery(`{
  "revision": {
    "count": count(*[_type in ${SEARCHED_TYPES}]),
    "updatedAt": *[_type in ${SEARCHED_TYPES} && defined(_updatedAt)] | order(_updatedAt desc) [0]._updatedAt
  },
  "others": {
    "count": count(*[_type in ${SEARCHED_TYPES} && _id != $id]),
    "updatedAt": *[_type in ${SEARCHED_TYPES} && _id != $id && defined(_updatedAt)] | order(_updatedAt desc) [0]._updatedAt
  },
  "documents": *[_type == "newsItem" && defined(slug.current) && _id in $ids] ${SEARCH_DOCUMENT_PROJECTION},
  "groups": *[_type == "translation.metadata" && references($id)] {
    "members": translations[value->_type == "newsItem"]{"id": value->_id, "language": value->language, "slug": value->slug.current}
  },
  "timeZone": *[_type == "siteSettings" && _id == $settingsId][0].timeZone
}`)

/** The names behind the country and topic slugs that search filters by. */
export const SEARCH_FACETS_QUERY = defineQuery(`{
  "countries": *[_type == "country" && defined(slug.current)] {"name": ${COUNTRY_NAME}, "slug": slug.current, isoCode, region} | order(name asc),
  "topics": *[_type == "tag" && defined(slug.current)] {"title": ${TOPIC_TITLE}, "slug": slug.current} | order(title asc)
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
