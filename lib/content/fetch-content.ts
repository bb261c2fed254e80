// The one content read every getter uses: the same GROQ against Sanity (when configured) or the bundled dataset,
// inside one 'use cache' boundary that carries the read's cache tags.
import 'server-only'
import {cacheTag} from 'next/cache'
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

/** Tags a read adds once its answer is known (e.g. the countries an item references), so changes to those reach it. */
export type TagsOf<Result> = (result: Result) => string[]

/**
 * Cached (next.config's default cache life: a year) until one of its tags is revalidated (the webhook, or
 * <SanityLive> in Sanity mode); Next bypasses it in
 * draft mode, so previews are always fresh. `options` and every argument are part of the cache key.
 */
async function cachedRead(query: string, params: QueryParams, tags: string[], options: FetchOptions): Promise<unknown> {
  'use cache'
  cacheTag(...tags)
  if (isSanityConfigured) return querySanity(query, params, tags, options)
  return queryLocal(query, params)
}

let lastFailureLog = 0

export async function fetchContent<const Query extends string>(
  query: Query,
  params: QueryParams = {},
  tags: string[] = [],
  options: FetchOptions = PUBLISHED,
): Promise<ResultOf<Query>> {
  try {
    return (await cachedRead(query, params, tags, options)) as ResultOf<Query>
  } catch (error) {
    if (!isSanityConfigured) throw error
    // One short line per second at most, with the query's name and no stack: the cause is Sanity, not this code.
    if (Date.now() - lastFailureLog > 1_000) {
      lastFailureLog = Date.now()
      const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
      console.error(`[content] Sanity query ${queryName(query)} failed: ${reason.slice(0, 160)}`)
    }
    throw new ContentUnavailableError(queryName(query))
  }
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
