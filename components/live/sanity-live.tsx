// Sanity Live in the site's layout: readers refresh from the caches, editors in draft mode follow their drafts.
import {DraftLive, publishedLiveConfig} from '@/lib/content/source/sanity-source'
import {RefreshingLive} from './refreshing-live'

/**
 * Readers: a Live event refreshes the page from the caches after a random delay (refreshing-live.tsx); only the signed
 * webhook expires server caches. The client component is next-sanity's own (the one defineLive renders), given a
 * client-side action instead of a public server action. Draft mode: next-sanity's, each draft change refreshing the
 * preview at once.
 */
export function SanityLive({includeDrafts}: {includeDrafts: boolean}) {
  if (includeDrafts) return <DraftLive />
  return <RefreshingLive config={publishedLiveConfig()} requestTag="next-loader.live" />
}
