// Sanity mode: the Content Lake through next-sanity's client, with a bounded timeout and cache tags.
import 'server-only'
import {connection} from 'next/server'
import {createClient, type QueryParams} from 'next-sanity'
import {apiVersion, dataset, projectId} from '@/sanity/env'

/** Sanity's client waits 300 s by default; a reader should never wait that long. */
export const SANITY_TIMEOUT_MS = 4_000

let client: ReturnType<typeof createClient> | undefined

function sanityClient() {
  if (client) return client
  const apiHost = process.env.SANITY_API_HOST?.trim()
  const token = process.env.SANITY_API_READ_TOKEN?.trim()
  client = createClient({
    projectId,
    dataset,
    apiVersion,
    useCdn: !token,
    perspective: 'published',
    token: token || undefined,
    timeout: SANITY_TIMEOUT_MS,
    maxRetries: 1,
    ...(apiHost ? {apiHost, useProjectHostname: false} : {}),
  })
  return client
}

/** Fetches from Sanity; pages that read Sanity render on request (never at build time, when it may be unreachable). */
export async function querySanity<Result>(query: string, params: QueryParams, tags: string[]): Promise<Result> {
  await connection()
  return sanityClient().fetch<Result>(query, params, {cache: 'force-cache', next: {tags}})
}
