// What a published change invalidates: the webhook's projection (before/after deltas) turned into cache tags.
import {
  CONTACTS_TAG,
  CONTENT_TYPES,
  FEEDS_TAG,
  SETTINGS_TAG,
  SUPPORT_TYPES,
  SHARE_IMAGES_TAG,
  SITEMAP_TAG,
  TRANSLATION_METADATA_TYPE,
  documentTag,
  expiresAtOnce,
  isContentType,
  isSupportType,
  kindOfType,
  kindTag,
  unknownSlugsTag,
  type ContentType,
  type SupportType,
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

/** The webhook's filter: only the document types the site shows (directly or through items and pages), and the links between translations. */
export const WEBHOOK_FILTER = `_type in [${[...CONTENT_TYPES, ...SUPPORT_TYPES, TRANSLATION_METADATA_TYPE].map((type) => `"${type}"`).join(', ')}]`

export type ContentChangeEvent = {
  id: string
  type: ContentType | typeof TRANSLATION_METADATA_TYPE
  /** The document's own slugs; for translation metadata, the slugs of the items it links. */
  slugs: string[]
  /** Slugs the document had before the change and no longer has (renamed or deleted). */
  formerSlugs: string[]
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

/** A press contact or the site settings changed: no page of their own, so they are known by type alone. */
export type SupportChangeEvent = {id: string; type: SupportType}

function formerOf(delta: unknown): string[] {
  if (!delta || typeof delta !== 'object') return []
  const {before, after} = delta as Delta
  const kept = new Set(slugList(after))
  return slugList(before).filter((slug) => !kept.has(slug))
}

export type ParsedWebhook =
  {kind: 'change'; event: ContentChangeEvent} | {kind: 'support'; event: SupportChangeEvent} | {kind: 'ignored'; type: string} | {kind: 'malformed'}

/** Reads a signed webhook body; anything not shaped like the documented projection is "malformed". */
export function parseWebhookBody(body: unknown): ParsedWebhook {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return {kind: 'malformed'}
  const record = body as Record<string, unknown>
  if (typeof record._id !== 'string' || typeof record._type !== 'string' || !record._id || !record._type) return {kind: 'malformed'}
  const type = record._type
  if (isSupportType(type)) return {kind: 'support', event: {id: record._id.replace(/^drafts\./, ''), type}}
  if (!isContentType(type) && type !== TRANSLATION_METADATA_TYPE) return {kind: 'ignored', type}
  return {
    kind: 'change',
    event: {
      id: record._id.replace(/^drafts\./, ''),
      type,
      slugs: fromDelta(type === TRANSLATION_METADATA_TYPE ? record.translations : record.slug),
      formerSlugs: type === TRANSLATION_METADATA_TYPE ? [] : formerOf(record.slug),
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

/**
 * The tags a change to a press contact or the site settings touches: contacts show on item pages only; the settings
 * (title, description, share image, time zone) on every page, feed and share image, all of which read them.
 */
export function tagsForSupportChange(event: SupportChangeEvent): string[] {
  return event.type === 'contact' ? [CONTACTS_TAG] : [SETTINGS_TAG]
}

/**
 * The tags of a change that expire at once instead of refreshing in the background: the list behind a 404 (so a new
 * address works on its first visit), and the page under an address the document no longer has, so its next visit
 * renders the redirect or the 404 there and then. (Refreshed in the background, Next 16.4 stores a page that turned
 * into a redirect with its 308 status but without its Location header.) A linked or unlinked translation expires
 * its items' pages at once for the same reason: each language's address of an item turns into a redirect to its
 * translation, or back into the item.
 */
export function tagsExpiringAtOnce(event: ContentChangeEvent): string[] {
  const atOnce = tagsForChange(event).filter(expiresAtOnce)
  if (event.type === TRANSLATION_METADATA_TYPE) return [...atOnce, ...event.slugs.map((slug) => documentTag('news', slug))]
  const kind = kindOfType(event.type)
  return [...atOnce, ...event.formerSlugs.map((slug) => documentTag(kind, slug))]
}
