// The one fetch every getter uses: the same GROQ against Sanity (when configured) or the bundled dataset.
import 'server-only'
import type {QueryParams} from 'next-sanity'
import {isSanityConfigured} from '@/sanity/env'
import {queryLocal} from './local-source'
import {querySanity, querySanityPublishedFresh} from './sanity-source'

/** Result type that TypeGen registered for this exact query string. */
export type ResultOf<Query extends string> = Query extends keyof import('@sanity/client').SanityQueries
  ? import('@sanity/client').SanityQueries[Query]
  : unknown

export async function fetchContent<const Query extends string>(
  query: Query,
  params: QueryParams = {},
  tags: string[] = [],
): Promise<ResultOf<Query>> {
  if (isSanityConfigured) return querySanity<ResultOf<Query>>(query, params, tags)
  return queryLocal<ResultOf<Query>>(query, params)
}

/** Published content, never drafts and never from a cache: what in-process indexes are built from. */
export async function fetchPublishedContent<const Query extends string>(query: Query, params: QueryParams = {}): Promise<ResultOf<Query>> {
  if (isSanityConfigured) return querySanityPublishedFresh<ResultOf<Query>>(query, params)
  return queryLocal<ResultOf<Query>>(query, params)
}
