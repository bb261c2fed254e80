// JSON Feed 1.1 of one topic's latest items.
import {collectionSlugParams} from '@/app/[locale]/_collection/collection-page'
import {feedResponse} from '@/lib/seo/rss'
import {collectionFile} from '@/lib/content/reads/feeds'
import {orUnavailableResponse} from '@/lib/content/or-unavailable'
import {asLocale} from '@/lib/i18n/routing'

export async function generateStaticParams() {
  return collectionSlugParams('topic')
}

export async function GET(_request: Request, {params}: RouteContext<'/[locale]/topics/[slug]/feed.json'>) {
  const {locale, slug} = await params
  return orUnavailableResponse(async () =>
    feedResponse(await collectionFile('topic', slug, asLocale(locale), 'json'), {format: 'json'}),
  )
}
