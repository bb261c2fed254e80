// The one content read every getter uses: the same GROQ against Sanity (when configured) or the bundled dataset,
// inside one 'use cache' boundary that carries the read's cache tags.
import 'server-only'
import {cacheLife, cacheTag} from 'next/cache'
import type {QueryParams} from 'next-sanity'
import {isSanityConfigured} from '@/sanity/env'
import {queryName} from './query-name'
import {PUBLISHED, type FetchOptions} from './fetch-options'
import {queryLocal} from './local-source'
import {querySanity, querySanityUncached} from './sanity-source'
import {ContentUnavailableError} from './content-unavailable-error'

/** Result type that TypeGen registered for this exact query string. */
export type ResultOf<Query extends string> = Query extends keyof import('@sanity/client').SanityQueries
  ? import('@sanity/client').SanityQueries[Query]
  : unknown

/** What a cached read answers when Sanity failed: a value, because an error escaping a cache scope fails the render. */
type Unavailable = {contentUnavailable: string}

function isUnavailable(value: unknown): value is Unavailable {
  return typeof value === 'object' && value !== null && typeof (value as Partial<Unavailable>).contentUnavailable === 'string'
}

/**
 * Cached (next.config's default cache life: a year) until one of its tags is revalidated (the webhook, or
 * <SanityLive> in Sanity mode); Next bypasses it in draft mode, so previews are always fresh. Every argument is part
 * of the cache key, so it takes only what the read depends on: the query, its params, its tags, the perspective and
 * stega (the reader's language only inside params, for queries that use it). A failed Sanity read is answered as
 * Unavailable, kept only seconds (see below).
 */
async function cachedRead(query: string, params: QueryParams, tags: string[], perspective: FetchOptions['perspective'], stega: boolean): Promise<unknown> {
  'use cache'
  cacheTag(...tags)
  if (!isSanityConfigured) return queryLocal(query, params)
  try {
    return await querySanity(query, params, tags, {perspective, stega})
  } catch (error) {
    // One short line per failed query (not per reader: the failure is kept seconds), with no stack: the cause is Sanity.
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
    console.error(`[content] Sanity query ${queryName(query)} failed: ${reason.slice(0, 160)}`)
    cacheLife(UNAVAILABLE_CACHE_LIFE)
    return {contentUnavailable: reason} satisfies Unavailable
  }
}

/**
 * A failure is kept only briefly: short enough (revalidate 5 s) that the page is rendered again within seconds once
 * Sanity is back, long enough to stay above Next's prerender thresholds (docs/workarounds.md, "Cache lives kept
 * above Next's prerender thresholds").
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
  const result = await cachedRead(query, withLocale, tags, options.perspective, options.stega)
  if (!isUnavailable(result)) return result as ResultOf<Query>
  throw new ContentUnavailableError(queryName(query))
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
