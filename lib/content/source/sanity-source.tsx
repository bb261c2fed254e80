// Sanity mode: next-sanity's defineLive (sanityFetch with Content Lake sync tags, <SanityLive>), bounded in time.
import 'server-only'
import {createClient, type QueryParams, type SanityClient} from 'next-sanity'
import {defineLive, resolvePerspectiveFromCookies} from 'next-sanity/live'
import {cookies} from 'next/headers'
import {apiHostOverride, apiVersion, dataset, projectId, studioBasePath} from '@/sanity/env'
import {previewPerspective, type FetchOptions} from './fetch-options'

/** One attempt's limit: Sanity's client waits 300 s by default and a reader should never wait that long. */
export const SANITY_TIMEOUT_MS = 2_000

function apiHostOptions() {
  return apiHostOverride ? {apiHost: apiHostOverride, useProjectHostname: false} : {}
}

function readToken(): string | undefined {
  return process.env.SANITY_API_READ_TOKEN?.trim() || undefined
}

/** Draft previews need a token that can read drafts; without one draft mode cannot be entered. */
export function hasReadToken(): boolean {
  return readToken() !== undefined
}

/**
 * The one client: published content through the CDN; stega marks strings for click-to-edit only when asked. It reads
 * with the Viewer token when one is configured, so a private dataset works: next-sanity sends its own `serverToken`
 * only with drafts or stega, and a private dataset answers anonymous reads with nothing (docs/sanity-setup.md).
 */
const client = createClient({
  projectId: projectId || 'not-configured',
  dataset,
  apiVersion,
  useCdn: true,
  perspective: 'published',
  token: readToken(),
  timeout: SANITY_TIMEOUT_MS,
  maxRetries: 1,
  stega: {studioUrl: studioBasePath},
  ...apiHostOptions(),
})

/** What the preview-secret check of draft mode reads with: drafts, never through the CDN, with the read token. */
export function draftsSanityClient(): SanityClient {
  return client.withConfig({useCdn: false, perspective: 'drafts', token: readToken(), stega: false})
}

function defineStrictLive() {
  return defineLive({client, serverToken: readToken() ?? false, browserToken: readToken() ?? false, strict: true})
}

let live: ReturnType<typeof defineStrictLive> | undefined

/** Made on first use, in Sanity mode only (local mode and unit tests never load Sanity Live). */
function sanityLive() {
  live ??= defineStrictLive()
  return live
}

/** next-sanity's Live component for draft mode (listens for drafts with the read token). */
export function DraftLive() {
  const {SanityLive: Live} = sanityLive()
  return <Live includeDrafts action="refresh" />
}

/** What readers' Live listener connects with: the project, dataset and API, never a token. */
export function publishedLiveConfig() {
  const {projectId, dataset, apiHost, apiVersion, useProjectHostname, requestTagPrefix} = client.config()
  return {projectId, dataset, apiHost, apiVersion, useProjectHostname, requestTagPrefix}
}

/**
 * One query through sanityFetch. Published reads run inside a 'use cache' function, whose entry it tags with ours (the
 * webhook expires them) and the Content Lake's sync tags; draft reads run past every cache (fetch-content.ts).
 */
export async function querySanity<Result>(
  query: string,
  params: QueryParams,
  tags: string[],
  options: Pick<FetchOptions, 'perspective' | 'stega'>,
): Promise<Result> {
  const {data} = await sanityLive().sanityFetch({query, params, tags, perspective: options.perspective, stega: options.stega})
  return data as Result
}

/**
 * The perspective an editor picked in Presentation (a cookie) in draft mode; drafts when none was picked or the cookie
 * holds anything but `published`, `drafts` or a stack of release ids (the Content Lake answers 400 to other names).
 */
export async function draftPerspective(): Promise<FetchOptions['perspective']> {
  return previewPerspective(await resolvePerspectiveFromCookies({cookies: await cookies()}))
}

/**
 * Draft mode only (fetch-content.ts checks it first): the editor's perspective with the read token, never through the
 * CDN, past every cache. Not sanityFetch: its cache tags may only be set inside a 'use cache' function, and a cached
 * function is a server action anyone can call (security review 2026-12-05, N4).
 */
export async function querySanityDraft<Result>(query: string, params: QueryParams, options: Pick<FetchOptions, 'perspective' | 'stega'>): Promise<Result> {
  const stega = {...client.config().stega, enabled: options.stega}
  return client
    .withConfig({useCdn: false, token: readToken(), perspective: options.perspective, stega})
    .fetch<Result>(query, params, {cache: 'no-store'})
}

/** Published content straight from Sanity, past every cache: for the search index, which must never hold drafts. */
export async function querySanityUncached<Result>(query: string, params: QueryParams): Promise<Result> {
  return client.fetch<Result>(query, params, {perspective: 'published', useCdn: false, cache: 'no-store', token: readToken()})
}
