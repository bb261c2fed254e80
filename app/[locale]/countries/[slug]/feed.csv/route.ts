// CSV of all of one country's items, newest first, one row per item.
import {collectionSlugParams} from '@/app/[locale]/_collection/collection-page'
import {feedResponse} from '@/lib/seo/rss'
import {collectionFile} from '@/lib/content/reads/feeds'
import {orUnavailableResponse} from '@/lib/content/or-unavailable'
import {asLocale} from '@/lib/i18n/routing'

export async function generateStaticParams() {
  return collectionSlugParams('country')
}

export async function GET(_request: Request, {params}: RouteContext<'/[locale]/countries/[slug]/feed.csv'>) {
  const {locale, slug} = await params
  return orUnavailableResponse(async () =>
    feedResponse(await collectionFile('country', slug, asLocale(locale), 'csv'), {format: 'csv', filename: `${slug}.csv`}),
  )
}
