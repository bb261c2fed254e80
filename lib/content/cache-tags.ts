// Cache tags, named in one place: cached content reads carry them and the revalidation webhook clears them.

/** The document types the site shows, as stored in Sanity (the topic type keeps its stored name "tag"). */
export const CONTENT_TYPES = ['newsItem', 'country', 'tag'] as const
export type ContentType = (typeof CONTENT_TYPES)[number]

/**
 * The document the translation plugin links translated items with: changing it (a translation linked or unlinked)
 * changes which version each language lists and where each item's language alternates point. Read only as a list
 * of items ("all:news"), so no tag of its own.
 */
export const TRANSLATION_METADATA_TYPE = 'translation.metadata'

/** What readers and our code call each document type; a cache tag never says "tag" for a topic. */
export type ContentKind = 'news' | 'country' | 'topic'

const KIND_OF_TYPE: Record<ContentType, ContentKind> = {newsItem: 'news', country: 'country', tag: 'topic'}

export function isContentType(value: unknown): value is ContentType {
  return typeof value === 'string' && (CONTENT_TYPES as readonly string[]).includes(value)
}

export function kindOfType(type: ContentType): ContentKind {
  return KIND_OF_TYPE[type]
}

/** Carried by every read that lists documents of a kind (lists, indexes, counts, names shown on cards). */
export function kindTag(kind: ContentKind): string {
  return `all:${kind}`
}

/** Carried by the reads of one document's own page, e.g. "news:el-salvador-…", "country:mexico", "topic:covid-19". */
export function documentTag(kind: ContentKind, slug: string): string {
  return `${kind}:${slug}`
}

/**
 * Carried by the list of slugs that is read only when an address matches no slug readers' pages know (a 404 in the
 * making): a publish expires it at once rather than in the background, so a new item's address works on its first visit.
 */
export function unknownSlugsTag(kind: ContentKind): string {
  return `unknown:${kind}`
}

/** Whether the webhook expires a tag at once (the next read waits for fresh content) instead of refreshing it in the background. */
export function expiresAtOnce(tag: string): boolean {
  return tag.startsWith('unknown:')
}

/** The document types pages show through others: press contacts (on items) and the site settings (on every page). */
export const SUPPORT_TYPES = ['contact', 'siteSettings'] as const
export type SupportType = (typeof SUPPORT_TYPES)[number]

export function isSupportType(value: unknown): value is SupportType {
  return typeof value === 'string' && (SUPPORT_TYPES as readonly string[]).includes(value)
}

/** Carried by the reads that show press contacts (an item's own page). */
export const CONTACTS_TAG = 'contacts'

/** Carried by the read of the site settings, which every page, feed and share image makes. */
export const SETTINGS_TAG = 'settings'

/** Carried by every feed, on top of the content tags its reads carry. */
export const FEEDS_TAG = 'feeds'

/** Carried by the sitemap, on top of the content tags its reads carry. */
export const SITEMAP_TAG = 'sitemap'

/** Carried by share images, on top of the content tags their reads carry. */
export const SHARE_IMAGES_TAG = 'share-images'

/** Lists that show items with their countries' and topics' names depend on all three kinds. */
export const ALL_CONTENT_TAGS = (['news', 'country', 'topic'] as const).map(kindTag)
