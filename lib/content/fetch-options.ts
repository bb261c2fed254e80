// What a content read depends on besides its query: resolved per request outside every cache, passed in as plain props.
import type {LivePerspective} from 'next-sanity/live'

export type FetchOptions = {
  /** "published" for readers; drafts or a release stack only in draft mode. */
  perspective: LivePerspective
  /** Stega-encoded strings (click-to-edit overlays) only in draft mode. */
  stega: boolean
}

/** What every reader gets, and everything outside draft mode. */
export const PUBLISHED: FetchOptions = {perspective: 'published', stega: false}
