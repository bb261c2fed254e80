// Answers that are not the page asked for (a 404, a redirect to another page) are kept by caches a minute, not a year.
import 'server-only'
import {cacheLife} from 'next/cache'
import {redirect} from 'next/navigation'

/**
 * A minute before a cache asks again, five minutes at most: an invented address fills no cache for long, and a page
 * published at an address that was a 404 is not hidden by it. (Not shorter: Next keeps an entry that expires in under
 * five minutes out of prerendered pages, and a page without Suspense cannot have such a hole: docs/workarounds.md,
 * "Cache lives kept above Next's prerender thresholds".)
 */
export const BRIEF_CACHE_LIFE = {stale: 30, revalidate: 60, expire: 300}

/** Awaited while rendering an answer that is not the page: the page's cache entry, and its Cache-Control, get the brief life. */
export async function keepBriefly(): Promise<void> {
  'use cache'
  cacheLife(BRIEF_CACHE_LIFE)
}

/** A value that stands for no page (a 404 of a feed or an image), kept briefly: an invented address fills no cache for long. */
export async function keptBriefly<T>(value: T): Promise<T> {
  await keepBriefly()
  return value
}

/** redirect(), kept briefly. */
export async function redirectBriefly(path: string): Promise<never> {
  await keepBriefly()
  redirect(path)
}
