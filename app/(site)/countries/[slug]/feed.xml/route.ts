// RSS 2.0 feed of one country's latest items.
import {getCountry, getCountryNews} from '@/lib/content/countries'
import {buildRssFeed, feedNotFound, rssResponse} from '@/lib/feed'
import {messages} from '@/lib/messages'
import {isSlug} from '@/lib/slug'

const FEED_SIZE = 50

export async function GET(_request: Request, {params}: RouteContext<'/countries/[slug]/feed.xml'>) {
  const {slug} = await params
  const country = isSlug(slug) ? await getCountry(slug) : null
  if (!country?.slug || !country.name) return feedNotFound()
  const items = await getCountryNews(country._id, 1, FEED_SIZE)
  const path = `/countries/${country.slug}`
  return rssResponse(
    buildRssFeed({
      title: messages.feed.country(country.name),
      description: country.description ?? messages.feed.country(country.name),
      pagePath: path,
      feedPath: `${path}/feed.xml`,
      items,
    }),
  )
}
