// What a cached read may run: a query named in queries.ts, with the params that query uses, each of a known shape, and
// the project's own tags. 'use cache' functions are also callable as server actions (security review 2026-12-05, N4).
import type {QueryParams} from 'next-sanity'
import {isExpirableTag} from '@/lib/cache/tag-policy.mjs'
import {isLocale} from '@/lib/i18n/routing'
import * as queries from '../queries'

const QUERIES = new Map<string, string>(Object.entries(queries).flatMap(([name, value]) => (typeof value === 'string' ? [[name, value] as const] : [])))

/**
 * A document id: Sanity's id characters only. A draft's id is allowed (a preview's item passes its own to shared
 * reads): cached reads run in the published perspective without a token, where a draft id matches nothing.
 */
const DOCUMENT_ID = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/
/** The largest offset a list page may ask for (10,000 pages of 10), and the most ids a list may exclude. */
const MAX_OFFSET = 100_000
const MAX_IDS = 10_000

const isId = (value: unknown) => typeof value === 'string' && DOCUMENT_ID.test(value)
const isIdList = (value: unknown) => Array.isArray(value) && value.length <= MAX_IDS && value.every(isId)
const isOffset = (value: unknown) => Number.isSafeInteger(value) && (value as number) >= 0 && (value as number) <= MAX_OFFSET
/** A slug as the address gave it (the page checks whether one exists): printable, no spaces, at most 200 characters. */
const isSlugParam = (value: unknown) => typeof value === 'string' && /^[^\s\u0000-\u001f\u007f]{1,200}$/.test(value)

/** Every param a query in queries.ts takes, and the shape its value must have. */
const PARAMS: Record<string, (value: unknown) => boolean> = {
  id: isId,
  slug: isSlugParam,
  type: (value) => value === 'country' || value === 'tag',
  start: isOffset,
  end: isOffset,
  replaced: isIdList,
  countryIds: isIdList,
  topicIds: isIdList,
  locale: isLocale,
}

export type CheckedRead = {query: string; params: QueryParams; tags: string[]}

/** The read to run, or undefined when anything about it is not what the site's own code asks for. */
export function checkedRead(name: unknown, params: unknown, tags: unknown): CheckedRead | undefined {
  const query = typeof name === 'string' ? QUERIES.get(name) : undefined
  if (!query || !params || typeof params !== 'object' || Array.isArray(params)) return undefined
  if (!Array.isArray(tags) || tags.length > 20 || !tags.every(isExpirableTag)) return undefined
  const entries = Object.entries(params)
  const wanted = Object.keys(PARAMS).filter((key) => new RegExp(`\\$${key}\\b`).test(query))
  if (entries.length !== wanted.length) return undefined
  for (const [key, value] of entries) {
    if (!wanted.includes(key) || !PARAMS[key]!(value)) return undefined
  }
  return {query, params: params as QueryParams, tags: [...tags]}
}
