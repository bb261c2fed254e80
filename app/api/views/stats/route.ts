// View counts for the Studio's dashboard (most read items over 7 and 30 days, views per country, topic, language and referring site): only with the statistics key.
import {hasStatsKey} from '@/lib/analytics/stats-key'
import {viewStats} from '@/lib/analytics/views'
import {getCountries, getTopics} from '@/lib/content/reads/collections'
import {publishedIn} from '@/lib/content/source/fetch-options'
import {getNewsItem} from '@/lib/content/reads/news'
import {getDatabase} from '@/lib/db/database'
import {DEFAULT_LOCALE, isLocale} from '@/lib/i18n/routing'

const NO_STORE = {'cache-control': 'no-store'}

export async function GET(request: Request) {
  if (!hasStatsKey(request)) return Response.json({message: 'Unauthorized'}, {status: 401, headers: NO_STORE})
  const requested = new URL(request.url).searchParams.get('locale') ?? DEFAULT_LOCALE
  if (!isLocale(requested)) return Response.json({message: 'locale is en or es'}, {status: 400, headers: NO_STORE})
  let stats
  try {
    stats = await viewStats(await getDatabase())
  } catch {
    return Response.json({message: 'The database cannot be reached'}, {status: 503, headers: NO_STORE})
  }
  // Names in the Studio user's language; a page whose content cannot be read right now keeps its slug.
  const options = publishedIn(requested)
  const slugs = [...new Set([...stats.news7, ...stats.news30].map((row) => row.slug))]
  const [items, countries, topics] = await Promise.all([
    Promise.all(slugs.map(async (slug) => [slug, (await getNewsItem(slug, options).catch(() => null))?.title ?? slug] as const)),
    getCountries(options).catch(() => []),
    getTopics(options).catch(() => []),
  ])
  const names = {
    news: Object.fromEntries(items),
    country: Object.fromEntries(countries.flatMap((country) => (country.slug ? [[country.slug, country.name ?? country.slug]] : []))),
    topic: Object.fromEntries(topics.flatMap((topic) => (topic.slug ? [[topic.slug, topic.title ?? topic.slug]] : []))),
  }
  return Response.json({...stats, names}, {headers: NO_STORE})
}
