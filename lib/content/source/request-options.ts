// Request-time fetch options (draft mode, the perspective picked in Presentation): read only outside every cache.
import 'server-only'
import {draftMode} from 'next/headers'
import {getLocale} from 'next-intl/server'
import {isSanityConfigured} from '@/sanity/env'
import {publishedIn, type FetchOptions} from './fetch-options'
import {draftPerspective} from './sanity-source'

/** True while an editor previews drafts (only possible in Sanity mode, with the preview secret). */
export async function isPreviewing(): Promise<boolean> {
  return isSanityConfigured && (await draftMode()).isEnabled
}

/** Draft mode: the editor's perspective with stega for click-to-edit; everyone else: published, no stega. */
export async function requestFetchOptions(): Promise<FetchOptions> {
  const locale = await getLocale()
  if (!(await isPreviewing())) return publishedIn(locale)
  return {perspective: await draftPerspective(), stega: true, locale}
}

/** The same for metadata, feeds and images, where stega-encoded strings would leak into text. */
export async function requestPlainOptions(): Promise<FetchOptions> {
  return {...(await requestFetchOptions()), stega: false}
}
