// The one content read every getter uses: the same GROQ against Sanity (when configured) or the bundled dataset,
// inside one 'use cache' boundary that carries the read's cache tags.
import 'server-only'
import {cacheLife, cacheTag} from 'next/cache'
import {draftMode} from 'next/headers'
import type {QueryParams} from 'next-sanity'
import {errorReason} from '@/lib/format/error-reason'
import {isSanityConfigured} from '@/sanity/env'
import {queryName} from './query-name'
import {PUBLISHED, type FetchOptions} from './fetch-options'
import {queryLocal} from './local-source'
import {querySanity, querySanityDraft, querySanityUncached} from './sanity-source'
import {ContentUnavailableError} from '../unavailable'
import {checkedRead} from './read-guard'

/** Result type that TypeGen registered for this exact query string. */
export type ResultOf<Query extends string> = Query extends keyof import('@sanity/client').SanityQueries
  ? import('@sanity/client').SanityQueries[Query]
  : unknown

/** What a cached read answers when Sanity failed: a value, because an error escaping a cache scope fails the render. */
type Unavailable = {contentUnavailable: string}

function isUnavailable(value: unknown): value is Unavailable {
  return typeof value === 'object' && value !== null && typeof (value as Partial<Unavailable>).contentUnavailable === 'string'
}

/** What a cached read answers when its arguments are not one the site's own code makes (a direct call, see read-guard.ts). */
const REFUSED: Unavailable = {contentUnavailable: 'refused'}

/** Published reads only: no token, no stega. */
const PUBLISHED_READ: Pick<FetchOptions, 'perspective' | 'stega'> = {perspective: 'published', stega: false}

/**
 * Published content, cached (next.config's default cache life: a year) until one of its tags is revalidated (the
 * webhook). A 'use cache' function is also a server action anyone with its id can call, so it takes a query's NAME
 * from queries.ts, checked params and our tags (read-guard.ts), and reads the published perspective only: never a
 * draft, never with the read token. A failed Sanity read is answered as Unavailable, kept only seconds (see below).
 */
async function cachedRead(name: string, params: QueryParams, tags: string[]): Promise<unknown> {
  'use cache'
  const read = checkedRead(name, params, tags)
  if (!read) {
    // The site's own reads always pass, so a refusal is a direct call or a bug: one fixed line, nothing of the arguments.
    console.error('[content] a cached read with arguments the site never sends was refused')
    return REFUSED
  }
  cacheTag(...read.tags)
  if (!isSanityConfigured) return queryLocal(read.query, read.params)
  try {
    return await querySanity(read.query, read.params, read.tags, PUBLISHED_READ)
  } catch (error) {
    // One short line per failed query (not per reader: the failure is kept seconds), with no stack: the cause is Sanity.
    const reason = errorReason(error)
    console.error(`[content] Sanity query ${name} failed: ${reason.slice(0, 160)}`)
    cacheLife(UNAVAILABLE_CACHE_LIFE)
    return {contentUnavailable: reason} satisfies Unavailable
  }
}

/**
 * Draft mode: the editor's perspective, past every cache, with the read token, and only once draft mode is confirmed
 * for this request (outside any cache boundary). Not a server action: a plain function in a plain module.
 */
async function draftRead(query: string, params: QueryParams, options: FetchOptions): Promise<unknown> {
  try {
    return await querySanityDraft(query, params, options)
  } catch (error) {
    const reason = errorReason(error)
    console.error(`[content] Sanity draft query ${queryName(query)} failed: ${reason.slice(0, 160)}`)
    return {contentUnavailable: reason} satisfies Unavailable
  }
}

/**
 * A failure is kept only briefly: long enough (stale ≥ 30 s, expire ≥ 5 min) for Next to still prerender the page
 * that needed it, which then redirects to the 503 page, and short enough (revalidate 5 s) that the page is rendered
 * again within seconds once Sanity is back. With a shorter life the read would become a request-time hole, which a
 * page without a Suspense boundary cannot have (docs/workarounds.md, "Cache lives kept above Next's prerender thresholds").
 */
const UNAVAILABLE_CACHE_LIFE = {stale: 30, revalidate: 5, expire: 300}

export async function fetchContent<const Query extends string>(
  query: Query,
  params: QueryParams = {},
  tags: string[] = [],
  options: FetchOptions = PUBLISHED,
): Promise<ResultOf<Query>> {
  // The reader's language reaches only the queries that name it (a param a query does not use would only split the cache).
  const withLocale = query.includes('$locale') ? {...params, locale: options.locale} : params
  const drafts = options.perspective !== 'published' && isSanityConfigured && (await draftMode()).isEnabled
  const result = drafts ? await draftRead(query, withLocale, options) : await cachedRead(queryName(query), withLocale, tags)
  if (!isUnavailable(result)) return result as ResultOf<Query>
  throw new ContentUnavailableError(queryName(query))
}

/**
 * A published read made only to derive smaller cache entries from a large answer (the list of item slugs: 7 MB at
 * 100,000 items), inside the caller's own 'use cache' scope, which takes the read's tags. Local mode answers from its
 * query memo (the dataset does not change while the process runs) rather than decoding a copy from the cache for each
 * entry derived: at 100,000 items those copies brought a full garbage collection every 10–15 first renders. Sanity
 * mode reads through the cache, as fetchContent.
 */
export async function fetchContentToDerive<const Query extends string>(query: Query, tags: string[]): Promise<ResultOf<Query>> {
  if (isSanityConfigured) return fetchContent(query, {}, tags)
  cacheTag(...tags)
  return queryLocal<ResultOf<Query>>(query)
}

/** Published content straight from the source, past every cache: what the in-process search index is built from. */
export async function fetchPublishedContent<const Query extends string>(query: Query, params: QueryParams = {}): Promise<ResultOf<Query>> {
  if (!isSanityConfigured) return queryLocal<ResultOf<Query>>(query, params)
  try {
    return await querySanityUncached<ResultOf<Query>>(query, params)
  } catch {
    throw new ContentUnavailableError(queryName(query))
  }
}
