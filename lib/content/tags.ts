// Cache tags, named in one place: content fetches carry them and the revalidation webhook clears them.

export const CONTENT_TYPES = ['newsItem', 'country', 'tag'] as const
export type ContentType = (typeof CONTENT_TYPES)[number]

export function isContentType(value: unknown): value is ContentType {
  return typeof value === 'string' && (CONTENT_TYPES as readonly string[]).includes(value)
}

/** The tag every fetch of a document type carries, e.g. "type:newsItem": lists, indexes, counts. */
export function typeTag(type: ContentType): string {
  return `type:${type}`
}

/** The tag of one document by its slug, e.g. "newsItem:el-salvador-…", "country:mexico", "tag:ethical-recruitment". */
export function documentTag(type: ContentType, slug: string): string {
  return `${type}:${slug}`
}

/** Every feed (site, per country, per topic, per search) carries this tag besides the content tags it reads. */
export const FEEDS_TAG = 'feeds'

/** The sitemap carries this tag besides the content tags it reads. */
export const SITEMAP_TAG = 'sitemap'

/** Lists that show items with their countries and topics depend on all three document types. */
export const ALL_CONTENT_TAGS = CONTENT_TYPES.map(typeTag)
