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

/** What every reader gets, and everything outside draft mode (in English unless a language is given). */
export const PUBLISHED: FetchOptions = {perspective: 'published', stega: false, locale: DEFAULT_LOCALE}

/** Published content in a language, for reads outside a page's request (feeds, share images, search). */
export function publishedIn(locale: Locale): FetchOptions {
  return {...PUBLISHED, locale}
}
