// Cache tags, named in one place: content fetches carry them and the revalidation webhook clears them.

export const CONTENT_TYPES = ['newsItem', 'country', 'tag'] as const
export type ContentType = (typeof CONTENT_TYPES)[number]

/** The tag every fetch of a document type carries, e.g. "type:newsItem". */
export function typeTag(type: ContentType): string {
  return `type:${type}`
}

/** The tag of one document by its slug, e.g. "newsItem:el-salvador-…". */
export function documentTag(type: ContentType, slug: string): string {
  return `${type}:${slug}`
}
