// The share image of a country page (1200×630 PNG at a stable address): name, number of items and latest date, drawn with next/og.
import {ImageResponse} from 'next/og'
import {ShareImage, SHARE_IMAGE_OPTIONS} from '@/components/seo/share-image'
import {getCountry, getCountryFacts} from '@/lib/content/countries'
import {formatDate} from '@/lib/dates'
import {messages} from '@/lib/messages'
import {isSlug} from '@/lib/slug'

export async function GET(_request: Request, {params}: RouteContext<'/countries/[slug]/og-image'>) {
  const {slug} = await params
  const country = isSlug(slug) ? await getCountry(slug) : null
  if (!country?.name) return new Response('Not found', {status: 404})
  const facts = await getCountryFacts(country._id)
  const lines = [messages.itemCount(facts.count), facts.latest ? messages.countries.ogLatest(formatDate(facts.latest)) : messages.countries.noNews]
  return new ImageResponse(<ShareImage kicker={country.region ?? messages.countries.title} title={country.name} lines={lines} />, SHARE_IMAGE_OPTIONS)
}
