// The invalidation model in one place: which cache tags exist, which cached read carries which (READ_TAGS), and which
// tags each published change emits (tagsForChange). docs/caching-and-invalidation.md quotes it; revalidation.test.ts checks it.

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

/**
 * Carried by the reads of one document's own page, e.g. "news:el-salvador-…", "country:mexico", "topic:covid-19".
 * Emitted only to expire a page at once (an address a document left, a translation link): every edit of a document
 * already reaches its page through its kind's list tag, which that page's read also carries.
 */
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

/** Lists that show items with their countries' and topics' names depend on all three kinds. */
export const ALL_CONTENT_TAGS = (['news', 'country', 'topic'] as const).map(kindTag)

/**
 * Which cached read carries which tags, by the name of its query in lib/content/queries.ts; every getter takes its
 * tags from here. A read that shows other documents carries their kinds' list tags: an item page shows related
 * items, countries and topics, so any publish of those kinds reaches it. The search index and the content revision
 * read past every cache and carry none.
 */
export const READ_TAGS = {
  NEWS_LIST_QUERY: () => ALL_CONTENT_TAGS,
  NEWS_ITEM_QUERY: (slug: string) => [documentTag('news', slug), ...ALL_CONTENT_TAGS, CONTACTS_TAG],
  RELATED_NEWS_QUERY: () => ALL_CONTENT_TAGS,
  /** The published slugs; the copy read only for a slug readers' copy lacks carries the tag a publish expires at once. */
  NEWS_SLUGS_QUERY: (copy: SlugListCopy = 'listed') => [slugListTag('news', copy)],
  NEWS_SLUG_TEXT_QUERY: (copy: SlugListCopy = 'listed') => [slugListTag('news', copy)],
  NEWS_TRANSLATIONS_QUERY: () => [kindTag('news')],
  NEWS_FACETS_QUERY: () => [kindTag('news')],
  COUNTRIES_QUERY: (copy: SlugListCopy = 'listed') => [slugListTag('country', copy)],
  TOPICS_QUERY: (copy: SlugListCopy = 'listed') => [slugListTag('topic', copy)],
  COLLECTION_QUERY: (kind: 'country' | 'topic', slug: string) => [documentTag(kind, slug), kindTag(kind)],
  COLLECTION_FACETS_QUERY: () => ALL_CONTENT_TAGS,
  COLLECTION_NEWS_QUERY: () => ALL_CONTENT_TAGS,
  SITE_SETTINGS_QUERY: () => [SETTINGS_TAG],
} as const

/** Readers' copy of a list of slugs, or the copy behind a 404 (see lib/content/reads/known-slugs.ts). */
export type SlugListCopy = 'listed' | 'unknown'

function slugListTag(kind: ContentKind, copy: SlugListCopy): string {
  return copy === 'listed' ? kindTag(kind) : unknownSlugsTag(kind)
}

/** A published change as the webhook names it (lib/content/revalidation.ts reads it from the projection). */
export type ContentChangeEvent = {
  id: string
  type: ContentType | typeof TRANSLATION_METADATA_TYPE
  /** The document's own slugs; for translation metadata, the slugs of the items it links, before and after. */
  slugs: string[]
  /** Slugs the document had before the change and no longer has (renamed or deleted). */
  formerSlugs: string[]
}

/** A press contact or the site settings changed: no page of their own, so they are known by type alone. */
export type SupportChangeEvent = {id: string; type: SupportType}

/**
 * The tags a change emits. Refreshed in the background: the list tag of its kind, which every read showing a
 * document of that kind carries. Expired at once (tagsExpiringAtOnce): the list behind 404s, the pages under the
 * addresses the document left, and the pages of items whose translation link changed.
 */
export function tagsForChange(event: ContentChangeEvent): string[] {
  if (event.type === TRANSLATION_METADATA_TYPE) return [...new Set([kindTag('news'), ...tagsExpiringAtOnce(event)])]
  return [...new Set([kindTag(kindOfType(event.type)), ...tagsExpiringAtOnce(event)])]
}

/**
 * The tags of a change that expire at once instead of refreshing in the background: the list behind a 404 (so a new
 * address works on its first visit), and the page under an address the document no longer has, so its next visit
 * renders the redirect or the 404 there and then (docs/workarounds.md, "redirects stored without Location"). A linked
 * or unlinked translation expires its items' pages at once for the same reason: each language's address of an item
 * turns into a redirect to its translation, or back into the item.
 */
export function tagsExpiringAtOnce(event: ContentChangeEvent): string[] {
  if (event.type === TRANSLATION_METADATA_TYPE) return [...new Set(event.slugs.map((slug) => documentTag('news', slug)))]
  const kind = kindOfType(event.type)
  return [...new Set([unknownSlugsTag(kind), ...event.formerSlugs.map((slug) => documentTag(kind, slug))])]
}

/** Contacts show on item pages only; the settings (title, description, share image, time zone) on every page, feed and share image. */
export function tagsForSupportChange(event: SupportChangeEvent): string[] {
  return event.type === 'contact' ? [CONTACTS_TAG] : [SETTINGS_TAG]
}
