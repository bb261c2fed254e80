// The rows of the sitemap: every item, country and topic page (and their later list pages) with the date it last changed.
import 'server-only'
import {cacheTag} from 'next/cache'
import {COLLECTIONS, collectionPageCount, collectionPath} from '@/lib/collections'
import {SITEMAP_TAG} from './cache-tags'
import {getCountriesWithCounts, getTopicsWithCounts} from './collections'
import {getNewsSlugs} from './news'

export type SitemapRow = {path: string; lastModified?: string}

type Member = {slug: string | null; latest: string | null; count: number}

function collectionRows(kind: 'country' | 'topic', members: Member[]): SitemapRow[] {
  return members.flatMap((member) => {
    if (!member.slug) return []
    const lastModified = member.latest ?? undefined
    const pages = collectionPageCount(member.count)
    return Array.from({length: pages}, (_, index) => ({path: collectionPath(COLLECTIONS[kind], member.slug!, index + 1), lastModified}))
  })
}

/** Cached as a whole, tagged "sitemap" besides the content tags its reads carry. */
export async function getSitemapRows(): Promise<SitemapRow[]> {
  'use cache'
  cacheTag(SITEMAP_TAG)
  const [items, countries, topics] = await Promise.all([getNewsSlugs(), getCountriesWithCounts(), getTopicsWithCounts()])
  const latest = items.reduce<string | undefined>((max, item) => (!max || item._updatedAt > max ? item._updatedAt : max), undefined)
  return [
    {path: '/', lastModified: latest},
    {path: '/news', lastModified: latest},
    {path: '/countries', lastModified: latest},
    {path: '/topics', lastModified: latest},
    ...items.flatMap((item) => (item.slug ? [{path: `/news/${item.slug}`, lastModified: item._updatedAt}] : [])),
    ...collectionRows('country', countries),
    ...collectionRows('topic', topics),
  ]
}
