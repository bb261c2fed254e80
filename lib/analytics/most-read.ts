// "Most read this month" for the home and country pages: one cached read of the counts, kept an hour and refreshed at most once an hour.
import 'server-only'
import {cacheLife, cacheTag, revalidateTag} from 'next/cache'
import type {FetchOptions} from '@/lib/content/source/fetch-options'
import {getNewsItem, replacedInLanguage} from '@/lib/content/reads/news'
import {isListedSlug} from '@/lib/content/reads/known-slugs'
import {BRIEF_CACHE_LIFE} from '@/lib/http/brief-answer'
import {getDatabase, type Queryable} from '@/lib/db/database'
import {claimRefresh, mostViewed, type ViewCount} from './views'

/** The tag of the cached counts; the beacon expires it (lib/cache/tag-policy.mjs lets it through). */
export const MOST_READ_TAG = 'most-read'

/** "This month": the last 30 days, so the block is never empty on the 1st. */
export const MOST_READ_DAYS = 30

/** Enough items that a country's or a language's five most read are among them. */
const MOST_READ_POOL = 60

/**
 * The most read items of the last 30 days, every language together. Kept an hour (cacheLife 'hours'), so the home and
 * country pages stay prerendered and are rendered again at most hourly. Never read while `next build` prerenders
 * (several build workers must not open one PGlite folder, and the build's database is not production's): the block
 * starts empty and fills at the first refresh (refreshMostRead, below). Takes no argument: as every 'use cache'
 * function it is also a server action, and the proxy refuses those calls anyway.
 */
export async function mostReadNews(): Promise<ViewCount[]> {
  'use cache'
  cacheLife('hours')
  cacheTag(MOST_READ_TAG)
  if (process.env.NEXT_PHASE === 'phase-production-build') return []
  try {
    return await mostViewed(await getDatabase(), 'news', MOST_READ_DAYS, MOST_READ_POOL)
  } catch (error) {
    console.error(`[views] the most read items could not be read: ${error instanceof Error ? error.message.slice(0, 160) : 'unknown error'}`)
    cacheLife(BRIEF_CACHE_LIFE)
    return []
  }
}

/** How many items the block lists. */
const SHOWN = 5

/**
 * The block's items in the reader's language's lists (an item replaced there by its translation is left out), most
 * read first; on a country page only items about that country. Reads only cached entries: the counts (an hour), whether
 * the list of published slugs holds a slug (one small entry per slug) and the items the item pages already read. Only
 * slugs the lists hold are looked up: an unpublished or renamed item's count is skipped without the brief cache life an
 * unknown slug's lookup would give the whole page.
 */
export async function mostReadItems(options: FetchOptions, countrySlug?: string): Promise<Array<{slug: string; title: string}>> {
  const [counts, replaced] = await Promise.all([mostReadNews(), replacedInLanguage(options)])
  const left = new Set(replaced)
  const items: Array<{slug: string; title: string}> = []
  for (const {slug} of counts) {
    if (items.length === SHOWN) break
    if (!(await isListedSlug('news', slug))) continue
    const item = await getNewsItem(slug, options).catch(() => null)
    if (!item?.slug || !item.title || left.has(item._id)) continue
    if (countrySlug && !(item.countries ?? []).some((member) => member.slug === countrySlug)) continue
    items.push({slug: item.slug, title: item.title})
  }
  return items
}

/** Seconds between two refreshes of the "Most read" lists (VIEWS_REFRESH_SECONDS, default an hour). */
export function refreshSeconds(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.VIEWS_REFRESH_SECONDS)
  return Number.isSafeInteger(value) && value >= 1 ? value : 3600
}

let nextLocalCheck = 0

/**
 * After a counted view: at most once per refresh period across every instance (a row in app_state claimed in one
 * statement), the cached counts are expired, so the next visit of a page showing them renders it again in the
 * background. Also refreshes soon after a deploy, whose prerendered pages hold the empty list of the build.
 */
export async function refreshMostRead(db: Queryable): Promise<void> {
  const now = Date.now()
  if (now < nextLocalCheck) return
  const seconds = refreshSeconds()
  nextLocalCheck = now + Math.min(seconds, 60) * 1000
  if (await claimRefresh(db, seconds)) revalidateTag(MOST_READ_TAG, 'max')
}
