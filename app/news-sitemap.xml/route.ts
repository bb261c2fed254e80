// /news-sitemap.xml: the Google News sitemap (items of the last 48 hours), listed in robots.txt beside the main sitemap.
import {cacheLife} from 'next/cache'
import {publishedIn} from '@/lib/content/source/fetch-options'
import {getLatestNews} from '@/lib/content/reads/news'
import {orUnavailableResponse} from '@/lib/content/or-unavailable'
import {getSiteText} from '@/lib/content/reads/settings'
import {localePath} from '@/lib/i18n/navigation'
import {LOCALES} from '@/lib/i18n/routing'
import {buildNewsSitemap, NEWS_SITEMAP_MAX, recentEntries, type NewsSitemapEntry} from '@/lib/seo/news-sitemap'
import {absoluteUrl} from '@/lib/http/site'

/** Refreshed by a publish (the tags its reads carry) and every few minutes besides, as items leave the 48-hour window. */
async function newsSitemapXml(): Promise<string> {
  'use cache'
  cacheLife({stale: 60, revalidate: 300, expire: 3600})
  const entries: NewsSitemapEntry[] = []
  for (const locale of LOCALES) {
    const {name} = await getSiteText(locale)
    for (const item of await getLatestNews(NEWS_SITEMAP_MAX, publishedIn(locale))) {
      // Each item once, in its own language (a list in one language also shows untranslated items of the other).
      if (!item.slug || !item.title || !item.publishedAt || (item.language ?? 'en') !== locale) continue
      entries.push({url: absoluteUrl(localePath(locale, `/news/${item.slug}`)), title: item.title, language: locale, publishedAt: item.publishedAt, publication: name})
    }
  }
  return buildNewsSitemap(recentEntries(entries, Date.now()))
}

export async function GET() {
  return orUnavailableResponse(
    async () => new Response(await newsSitemapXml(), {headers: {'content-type': 'application/xml; charset=utf-8', 'cache-control': 'public, max-age=0, s-maxage=300'}}),
  )
}
