// Request-time fetch options (draft mode, the perspective picked in Presentation): read only outside every cache.
import 'server-only'
import {draftMode} from 'next/headers'
import {isSanityConfigured} from '@/sanity/env'
import {PUBLISHED, type FetchOptions} from './fetch-options'
import {draftPerspective} from './sanity-source'

/** True while an editor previews drafts (only possible in Sanity mode, with the preview secret). */
export async function isPreviewing(): Promise<boolean> {
  return isSanityConfigured && (await draftMode()).isEnabled
}

/** Draft mode: the editor's perspective with stega for click-to-edit; everyone else: published, no stega. */
export async function requestFetchOptions(): Promise<FetchOptions> {
  if (!(await isPreviewing())) return PUBLISHED
  return {perspective: await draftPerspective(), stega: true}
}

/** The same for metadata, feeds and images, where stega-encoded strings would leak into text. */
export async function requestPlainOptions(): Promise<FetchOptions> {
  return {...(await requestFetchOptions()), stega: false}
}
