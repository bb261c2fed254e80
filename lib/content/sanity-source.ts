// Sanity mode: the Content Lake through next-sanity's client, cached by tag, bounded in time, drafts only in draft mode.
import 'server-only'
import {unstable_cache} from 'next/cache'
import {draftMode, headers} from 'next/headers'
import {redirect} from 'next/navigation'
import {connection} from 'next/server'
import {createClient, type QueryParams, type SanityClient} from 'next-sanity'
import {REQUEST_PATH_HEADER, unavailableUrl} from '@/lib/content-unavailable'
import {apiVersion, dataset, projectId} from '@/sanity/env'
import * as queries from './queries'

/** One attempt's limit: Sanity's client waits 300 s by default and a reader should never wait that long. */
export const SANITY_TIMEOUT_MS = 3_000

/** The whole query's limit, retries included, so a reader gets an answer (content or the 503 page) within 5 s. */
export const SANITY_DEADLINE_MS = 4_000

/** Raised when Sanity answered with an error or not at all; pages turn it into the 503 "temporarily unavailable" page. */
export class ContentUnavailableError extends Error {
  constructor(readonly queryName: string) {
    super(`Content temporarily unavailable (query ${queryName})`)
    this.name = 'ContentUnavailableError'
  }
}

const QUERY_NAMES = new Map<string, string>(
  Object.entries(queries).flatMap(([name, value]) => (typeof value === 'string' ? [[value, name] as const] : [])),
)

/** The exported name of a query in queries.ts (for logs), or "ad-hoc query". */
export function queryName(query: string): string {
  return QUERY_NAMES.get(query) ?? 'ad-hoc query'
}

function apiHostOptions() {
  const apiHost = process.env.SANITY_API_HOST?.trim()
  return apiHost ? {apiHost, useProjectHostname: false} : {}
}

function readToken(): string | undefined {
  return process.env.SANITY_API_READ_TOKEN?.trim() || undefined
}

/** Draft previews need a token that can read drafts; without one draft mode cannot be entered. */
export function hasReadToken(): boolean {
  return readToken() !== undefined
}

let publishedClient: SanityClient | undefined
let draftsClient: SanityClient | undefined

/** What readers see: published documents only, through the CDN unless a token makes that impossible. */
function published(): SanityClient {
  const token = readToken()
  publishedClient ??= createClient({
    projectId,
    dataset,
    apiVersion,
    useCdn: !token,
    perspective: 'published',
    token,
    timeout: SANITY_TIMEOUT_MS,
    maxRetries: 1,
    ...apiHostOptions(),
  })
  return publishedClient
}

/** What editors preview in draft mode: drafts over published, never through the CDN; needs the read token. */
export function draftsSanityClient(): SanityClient {
  draftsClient ??= createClient({
    projectId,
    dataset,
    apiVersion,
    useCdn: false,
    perspective: 'drafts',
    token: readToken(),
    timeout: SANITY_TIMEOUT_MS,
    maxRetries: 1,
    ...apiHostOptions(),
  })
  return draftsClient
}

/** A failed query is not asked again for this long: one log line and one request per outage burst, not per caller. */
const FAILURE_MEMORY_MS = 2_000

const inFlight = new Map<string, Promise<unknown>>()
const recentFailures = new Map<string, number>()

async function fetchOnce<Result>(client: SanityClient, query: string, params: QueryParams, perspective: string): Promise<Result> {
  const key = `${perspective}\n${query}\n${JSON.stringify(params)}`
  const failedAt = recentFailures.get(key)
  if (failedAt !== undefined && Date.now() - failedAt < FAILURE_MEMORY_MS) throw new ContentUnavailableError(queryName(query))
  const pending = inFlight.get(key)
  if (pending) return pending as Promise<Result>
  const request = client
    .fetch<Result>(query, params, {cache: 'no-store', signal: AbortSignal.timeout(SANITY_DEADLINE_MS)})
    .then(
      (result) => {
        recentFailures.delete(key)
        return result
      },
      (error: unknown) => {
        recentFailures.set(key, Date.now())
        // One short line per failure, with the query's name and no stack: the cause is Sanity, not this code.
        const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
        console.error(`[content] Sanity query ${queryName(query)} failed: ${reason.slice(0, 160)}`)
        throw new ContentUnavailableError(queryName(query))
      },
    )
    .finally(() => inFlight.delete(key))
  inFlight.set(key, request)
  return request
}

/**
 * Fetches from Sanity. Published content is kept in Next's data cache under `tags` until the webhook revalidates
 * them (stale-while-revalidate), so cached pages keep serving while Sanity is down. Draft mode bypasses the cache.
 * Pages that read Sanity render on request, never at build time, when Sanity may be unreachable.
 */
export async function querySanity<Result>(query: string, params: QueryParams, tags: string[]): Promise<Result> {
  await connection()
  const preview = (await draftMode()).isEnabled
  try {
    if (preview) return await fetchOnce<Result>(draftsSanityClient(), query, params, 'drafts')
    const cached = unstable_cache(() => fetchOnce<Result>(published(), query, params, 'published'), ['sanity', dataset, apiVersion, query, JSON.stringify(params)], {
      tags,
      revalidate: false,
    })
    return await cached()
  } catch (error) {
    if (!(error instanceof ContentUnavailableError)) throw error
    return sendToUnavailablePage()
  }
}

/** Next lets a page set only 404/401/403 itself, so the reader is sent to the route that answers 503. */
export async function sendToUnavailablePage(): Promise<never> {
  redirect(unavailableUrl((await headers()).get(REQUEST_PATH_HEADER)))
}

/**
 * Published content straight from Sanity, past Next's data cache and without request APIs: for the search index,
 * which is rebuilt outside any one page's request after a change, and must never hold drafts or stale data.
 */
export async function querySanityPublishedFresh<Result>(query: string, params: QueryParams): Promise<Result> {
  return fetchOnce<Result>(published(), query, params, 'published-fresh')
}
