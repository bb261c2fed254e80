// What a published change invalidates: the webhook's projection (before/after deltas) turned into cache tags.
import {
  CONTENT_TYPES,
  FEEDS_TAG,
  SHARE_IMAGES_TAG,
  SITEMAP_TAG,
  TRANSLATION_METADATA_TYPE,
  documentTag,
  isContentType,
  kindOfType,
  kindTag,
  unknownSlugsTag,
  type ContentType,
} from './cache-tags'

/**
 * The GROQ projection to paste into the Sanity webhook (README): ids, type, and the slugs of the document, of the
 * countries and topics it references and, for translation metadata, of the items it links, before and after the change.
 */
export const WEBHOOK_PROJECTION = `{
  "_id": _id,
  "_type": _type,
  "slug": {"before": before().slug.current, "after": after().slug.current},
  "countries": {"before": before().countries[]->slug.current, "after": after().countries[]->slug.current},
  "topics": {"before": before().topics[]->slug.current, "after": after().topics[]->slug.current},
  "translations": {"before": before().translations[].value->slug.current, "after": after().translations[].value->slug.current}
}`

/** The webhook's filter: only the document types the site shows, and the links between translations. */
export const WEBHOOK_FILTER = `_type in [${[...CONTENT_TYPES, TRANSLATION_METADATA_TYPE].map((type) => `"${type}"`).join(', ')}]`

export type ContentChangeEvent = {
  id: string
  type: ContentType | typeof TRANSLATION_METADATA_TYPE
  /** The document's own slugs; for translation metadata, the slugs of the items it links. */
  slugs: string[]
  countrySlugs: string[]
  topicSlugs: string[]
}

type Delta = {before?: unknown; after?: unknown}

function slugList(value: unknown): string[] {
  const values = Array.isArray(value) ? value : [value]
  return values.filter((entry): entry is string => typeof entry === 'string' && entry.trim() !== '').map((entry) => entry.trim())
}

function fromDelta(delta: unknown): string[] {
  if (!delta || typeof delta !== 'object') return []
  const {before, after} = delta as Delta
  return [...new Set([...slugList(before), ...slugList(after)])]
}

export type ParsedWebhook = {kind: 'change'; event: ContentChangeEvent} | {kind: 'ignored'; type: string} | {kind: 'malformed'}

/** Reads a signed webhook body; anything not shaped like the documented projection is "malformed". */
export function parseWebhookBody(body: unknown): ParsedWebhook {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return {kind: 'malformed'}
  const record = body as Record<string, unknown>
  if (typeof record._id !== 'string' || typeof record._type !== 'string' || !record._id || !record._type) return {kind: 'malformed'}
  const type = record._type
  if (!isContentType(type) && type !== TRANSLATION_METADATA_TYPE) return {kind: 'ignored', type}
  return {
    kind: 'change',
    event: {
      id: record._id.replace(/^drafts\./, ''),
      type,
      slugs: fromDelta(type === TRANSLATION_METADATA_TYPE ? record.translations : record.slug),
      countrySlugs: fromDelta(record.countries),
      topicSlugs: fromDelta(record.topics),
    },
  }
}

/**
 * The tags a change touches: the document's own page under its old and new slug, every list of its kind, for an
 * item the pages of the countries and topics it referenced before and after, and the feeds, sitemap and share
 * images. Each of these is carried by some cached read (lib/content/tag-contract.test.ts keeps it so).
 */
export function tagsForChange(event: ContentChangeEvent): string[] {
  // Linked or unlinked translations: the lists of items, the pages of the items linked before and after, feeds, sitemap.
  if (event.type === TRANSLATION_METADATA_TYPE) {
    return [...new Set([kindTag('news'), ...event.slugs.map((slug) => documentTag('news', slug)), FEEDS_TAG, SITEMAP_TAG])]
  }
  const kind = kindOfType(event.type)
  const tags = [kindTag(kind), unknownSlugsTag(kind), ...event.slugs.map((slug) => documentTag(kind, slug))]
  if (kind === 'news') {
    tags.push(...event.countrySlugs.map((slug) => documentTag('country', slug)))
    tags.push(...event.topicSlugs.map((slug) => documentTag('topic', slug)))
  }
  tags.push(FEEDS_TAG, SITEMAP_TAG, SHARE_IMAGES_TAG)
  return [...new Set(tags)]
}
