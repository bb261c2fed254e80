// The webhook's side of invalidation: the projection and filter editors paste into Sanity, and the signed body read
// back into a change event (the tags it emits are declared in lib/content/cache-tags.ts).
import {
  CONTENT_TYPES,
  SUPPORT_TYPES,
  TRANSLATION_METADATA_TYPE,
  isContentType,
  isSupportType,
  type ContentChangeEvent,
  type SupportChangeEvent,
} from './cache-tags'

/**
 * The GROQ projection to paste into the Sanity webhook (docs/caching-and-invalidation.md quotes it, and
 * revalidation.test.ts keeps the two equal): the id, the type, and the slugs of the document or, for translation
 * metadata, of the items it links, before and after the change.
 */
export const WEBHOOK_PROJECTION = `{
  "_id": _id,
  "_type": _type,
  "slug": {"before": before().slug.current, "after": after().slug.current},
  "translations": {"before": before().translations[].value->slug.current, "after": after().translations[].value->slug.current}
}`

/** The webhook's filter: only the document types the site shows (directly or through items and pages), and the links between translations. */
export const WEBHOOK_FILTER = `_type in [${[...CONTENT_TYPES, ...SUPPORT_TYPES, TRANSLATION_METADATA_TYPE].map((type) => `"${type}"`).join(', ')}]`

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

function formerOf(delta: unknown): string[] {
  if (!delta || typeof delta !== 'object') return []
  const {before, after} = delta as Delta
  const kept = new Set(slugList(after))
  return slugList(before).filter((slug) => !kept.has(slug))
}

export type ParsedWebhook =
  {kind: 'change'; event: ContentChangeEvent} | {kind: 'support'; event: SupportChangeEvent} | {kind: 'ignored'; type: string} | {kind: 'malformed'}

/**
 * Reads a signed webhook body; anything not shaped like the documented projection is "malformed". Fields the
 * projection no longer asks for (the countries and topics of earlier versions) are ignored, so an older webhook
 * keeps working.
 */
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
    },
  }
}
