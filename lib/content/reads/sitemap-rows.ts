// The rows of the sitemap: every item, country and topic page (and their later list pages) with the date it last
// changed, the languages that list it and, for a translated item, where each language's version lives.
import 'server-only'
import {COLLECTIONS, collectionPageCount, collectionPath} from '@/lib/content/kinds'
import {LOCALES, type Locale} from '@/lib/i18n/routing'
import {publishedIn} from '../source/fetch-options'
import {getCountriesWithCounts, getTopicsWithCounts} from './collections'
import {getNewsSlugs, getTranslationGroups} from './news'
import {replacedIds, translationSlugsById} from './translation-groups'

export type SitemapRow = {
  path: string
  lastModified?: string
  /** The languages whose address of this page is listed (every language unless said). */
  locales?: Locale[]
  /** Each language's path of the page when it differs (a translated item's slug per language). */
  translations?: Partial<Record<Locale, string>>
}

type Member = {slug: string | null; latest: string | null; count: number}

function collectionRows(kind: 'country' | 'topic', members: Member[], locale: Locale): SitemapRow[] {
  return members.flatMap((member) => {
    if (!member.slug) return []
    const lastModified = member.latest ?? undefined
    const pages = collectionPageCount(member.count)
    return Array.from({length: pages}, (_, index) => ({
      path: collectionPath(COLLECTIONS[kind], member.slug!, index + 1),
      lastModified,
      locales: [locale],
    }))
  })
}

/** Cached as a whole; the entry carries the tags of the reads inside it. */
export async function getSitemapRows(): Promise<SitemapRow[]> {
  'use cache'
  const [items, groups, collections] = await Promise.all([
    getNewsSlugs(),
    getTranslationGroups(),
    Promise.all(
      LOCALES.map(async (locale) => ({
        locale,
        countries: await getCountriesWithCounts(publishedIn(locale)),
        topics: await getTopicsWithCounts(publishedIn(locale)),
      })),
    ),
  ])
  const latest = items.reduce<string | undefined>((max, item) => (!max || item._updatedAt > max ? item._updatedAt : max), undefined)
  const replaced = new Map(LOCALES.map((locale) => [locale, new Set(replacedIds(groups, locale))]))
  const translations = translationSlugsById(groups)
  const itemRows = items.flatMap((item): SitemapRow[] => {
    // "Hide from search engines" (the item's seo.noindex) keeps it out of the sitemap too.
    if (!item.slug || item.noindex) return []
    const slugs = translations.get(item._id) ?? {}
    return [
      {
        path: `/news/${item.slug}`,
        lastModified: item._updatedAt,
        locales: LOCALES.filter((locale) => !replaced.get(locale)!.has(item._id)),
        translations: Object.fromEntries(Object.entries(slugs).map(([locale, slug]) => [locale, `/news/${slug}`])),
      },
    ]
  })
  return [
    {path: '/', lastModified: latest},
    {path: '/news', lastModified: latest},
    {path: '/countries', lastModified: latest},
    {path: '/topics', lastModified: latest},
    ...itemRows,
    ...collections.flatMap(({locale, countries, topics}) => [
      ...collectionRows('country', countries, locale),
      ...collectionRows('topic', topics, locale),
    ]),
  ]
}
