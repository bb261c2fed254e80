// Invented addresses cost no content query: a slug is looked up in the cached list of published slugs before any query.
import 'server-only'
import {keepBriefly} from '@/lib/http/brief-answer'
import {isSlug} from '@/sanity/slug.mjs'
import {READ_TAGS, type ContentKind, type SlugListCopy} from '../cache-tags'
import {fetchContent, fetchContentToDerive} from '../source/fetch-content'
import type {FetchOptions} from '../source/fetch-options'
import {COUNTRIES_QUERY, NEWS_SLUG_TEXT_QUERY, NEWS_SLUGS_QUERY, TOPICS_QUERY} from '../queries'
import {currentSlugFor} from './slug-history'

const SPACE = 0x20

/** Whether a text of slugs separated by spaces (NEWS_SLUG_TEXT_QUERY, one bucket of it) holds `slug` as a whole word. */
export function textHoldsSlug(text: string | null, slug: string): boolean {
  if (!text || !slug || slug.includes(' ')) return false
  for (let at = text.indexOf(slug); at !== -1; at = text.indexOf(slug, at + 1)) {
    const end = at + slug.length
    if ((at === 0 || text.charCodeAt(at - 1) === SPACE) && (end === text.length || text.charCodeAt(end) === SPACE)) return true
  }
  return false
}

/** A kind's published slugs (the `copy` list, see mayExist) as one text separated by spaces: items' as queried, countries' and topics' from their lists. */
async function publishedSlugText(kind: ContentKind, copy: SlugListCopy): Promise<string> {
  if (kind === 'news') return (await fetchContentToDerive(NEWS_SLUG_TEXT_QUERY, READ_TAGS.NEWS_SLUG_TEXT_QUERY(copy))) ?? ''
  const rows =
    kind === 'country'
      ? await fetchContent(COUNTRIES_QUERY, {}, READ_TAGS.COUNTRIES_QUERY(copy))
      : await fetchContent(TOPICS_QUERY, {}, READ_TAGS.TOPICS_QUERY(copy))
  return rows.flatMap((row) => (row.slug ? [row.slug] : [])).join(' ')
}

const KINDS: readonly unknown[] = ['news', 'country', 'topic'] satisfies ContentKind[]
const COPIES: readonly unknown[] = ['listed', 'unknown'] satisfies SlugListCopy[]
/** The cache entries a kind's list of slugs is spread over (per copy): a fixed number, whatever the addresses asked for. */
export const SLUG_BUCKETS = 64

/** Which of the SLUG_BUCKETS entries holds a slug (a string hash; the same in every process). */
export function slugBucket(slug: string): number {
  let hash = 0
  for (let index = 0; index < slug.length; index++) hash = (Math.imul(hash, 31) + slug.charCodeAt(index)) | 0
  return (hash >>> 0) % SLUG_BUCKETS
}

/** A text of slugs split into the SLUG_BUCKETS texts of their buckets. */
export function spreadOverBuckets(text: string): string[] {
  const buckets: string[][] = Array.from({length: SLUG_BUCKETS}, () => [])
  for (const slug of text ? text.split(' ') : []) buckets[slugBucket(slug)]!.push(slug)
  return buckets.map((bucket) => bucket.join(' '))
}

/**
 * Each list's last text, spread over its buckets (at most one per kind and copy): the first reads of the 64 buckets
 * after a start or a publish split the list once, not once each (about 20 ms per bucket at 100,000 items).
 */
const spreadLists = new Map<string, {text: string; buckets: string[]}>()

/**
 * The published slugs of one bucket (slugBucket) of a kind's `copy` list, as one text separated by spaces, kept as a
 * cache entry of its own with the list's tags. A prerendered page carries the bucket it read, not the list: Next keeps
 * every cache entry a prerender reads in the page's resume data and sends a build worker's pages back in one string,
 * which the list of 100,000 items' slugs in every item page made too long for V8 (`next build` failed with "Invalid
 * string length", then hung). The buckets are a fixed number, so an invented address adds no cache entry.
 * Also a server action anyone with its id can call (security review N4): its arguments are checked.
 */
async function bucketText(kind: ContentKind, copy: SlugListCopy, bucket: number): Promise<string> {
  'use cache'
  if (!KINDS.includes(kind) || !COPIES.includes(copy) || !Number.isInteger(bucket) || bucket < 0 || bucket >= SLUG_BUCKETS) return ''
  const text = await publishedSlugText(kind, copy)
  const list = `${kind} ${copy}`
  let spread = spreadLists.get(list)
  if (spread?.text !== text) spreadLists.set(list, (spread = {text, buckets: spreadOverBuckets(text)}))
  return spread.buckets[bucket]!
}

/** Whether the `copy` list of a kind's published slugs holds `slug`, read from the slug's bucket. */
async function listHolds(kind: ContentKind, copy: SlugListCopy, slug: string): Promise<boolean> {
  return textHoldsSlug(await bucketText(kind, copy, slugBucket(slug)), slug)
}

/**
 * Whether `slug` can be a published document of `kind`, answered without a query of its own: first from the list
 * readers' pages already use (refreshed in the background after a publish), then, for a slug not in it, from the
 * same list under a tag a publish expires at once, so an item published a moment ago is found on its first visit.
 * A slug in neither is a 404, and whatever renders it is kept briefly (lib/http/brief-answer.ts), not for a year.
 * Draft previews always ask: drafts and releases have slugs no published list holds.
 */
export async function mayExist(kind: ContentKind, slug: string, options: FetchOptions): Promise<boolean> {
  if (isSlug(slug)) {
    if (options.perspective !== 'published') return true
    if (await listHolds(kind, 'listed', slug)) return true
    if (await listHolds(kind, 'unknown', slug)) return true
  }
  await keepBriefly()
  return false
}

/** Whether the list readers' pages use holds `slug` (no brief cache life when it does not: see mayExist for that). */
export async function isListedSlug(kind: ContentKind, slug: string): Promise<boolean> {
  return isSlug(slug) && listHolds(kind, 'listed', slug)
}

/**
 * The current slug of the news item that answered at `slug` before it was renamed, or null. Read from the same cached
 * list of addresses as mayExist (earlier addresses included), so an old address costs no query of its own either:
 * first the list readers' pages use, then, if that one does not know the address, the one a publish expires at once,
 * so a rename is followed on the first visit after its webhook. Draft previews read the list in their perspective.
 */
export async function renamedNewsSlug(slug: string, options: FetchOptions): Promise<string | null> {
  if (!isSlug(slug)) return null
  if (options.perspective !== 'published') return currentSlugFor(await fetchContent(NEWS_SLUGS_QUERY, {}, READ_TAGS.NEWS_SLUGS_QUERY(), options), slug)
  for (const copy of ['listed', 'unknown'] as const) {
    const current = currentSlugFor(await fetchContent(NEWS_SLUGS_QUERY, {}, READ_TAGS.NEWS_SLUGS_QUERY(copy)), slug)
    if (current) return current
  }
  return null
}
