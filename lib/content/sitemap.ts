// The rows of the sitemap: every item, country and topic page with the date it last changed.
import 'server-only'
import {getCountriesWithCounts} from './countries'
import {getNewsSlugs} from './news'
import {getTopicsWithCounts} from './topics'

export type SitemapRow = {path: string; lastModified?: string}

export async function getSitemapRows(): Promise<SitemapRow[]> {
  const [items, countries, topics] = await Promise.all([getNewsSlugs(), getCountriesWithCounts(), getTopicsWithCounts()])
  const latest = items.reduce<string | undefined>((max, item) => (!max || item._updatedAt > max ? item._updatedAt : max), undefined)
  return [
    {path: '/', lastModified: latest},
    {path: '/news', lastModified: latest},
    {path: '/countries', lastModified: latest},
    {path: '/topics', lastModified: latest},
    ...items.flatMap((item) => (item.slug ? [{path: `/news/${item.slug}`, lastModified: item._updatedAt}] : [])),
    ...countries.flatMap((country) => (country.slug ? [{path: `/countries/${country.slug}`, lastModified: country.latest ?? undefined}] : [])),
    ...topics.flatMap((topic) => (topic.slug ? [{path: `/topics/${topic.slug}`, lastModified: topic.latest ?? undefined}] : [])),
  ]
}
