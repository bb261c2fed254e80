// What a content read depends on besides its query: resolved per request outside every cache, passed in as plain props.
import type {LivePerspective} from 'next-sanity/live'
import {DEFAULT_LOCALE, type Locale} from '@/lib/i18n/routing'

export type FetchOptions = {
  /** "published" for readers; drafts or a release stack only in draft mode. */
  perspective: LivePerspective
  /** Stega-encoded strings (click-to-edit overlays) only in draft mode. */
  stega: boolean
  /** The reader's language: country and topic names come in it (queries that use `$locale`). */
  locale: Locale
}

/** A release's id as Sanity Studio makes them (`r` and letters or digits, e.g. `rA1b2C3d4`). */
const RELEASE_ID = /^r[A-Za-z0-9_-]{1,63}$/

/**
 * A perspective a preview may ask the Content Lake for: `published`, `drafts`, or a stack of release ids ending in
 * `drafts` or `published`. Anything else (a stale or hand-edited cookie) falls back to `drafts` rather than a 400.
 */
export function previewPerspective(value: unknown): LivePerspective {
  if (value === 'published' || value === 'drafts') return value
  if (!Array.isArray(value) || value.length === 0 || value.length > 10) return 'drafts'
  const valid = value.every((name) => name === 'drafts' || name === 'published' || (typeof name === 'string' && RELEASE_ID.test(name)))
  return valid ? (value as LivePerspective) : 'drafts'
}

/** What every reader gets, and everything outside draft mode (in English unless a language is given). */
export const PUBLISHED: FetchOptions = {perspective: 'published', stega: false, locale: DEFAULT_LOCALE}

/** Published content in a language, for reads outside a page's request (feeds, share images, search). */
export function publishedIn(locale: Locale): FetchOptions {
  return {...PUBLISHED, locale}
}
