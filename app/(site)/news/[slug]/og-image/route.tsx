// The share image of a news item (1200×630 PNG at a stable address): headline, date and countries, drawn with next/og.
import {ImageResponse} from 'next/og'
import {ShareImage, SHARE_IMAGE_OPTIONS} from '@/components/seo/share-image'
import {getNewsItem} from '@/lib/content/news'
import {formatDate} from '@/lib/dates'
import {messages} from '@/lib/messages'
import {isSlug} from '@/lib/slug'

export async function GET(_request: Request, {params}: RouteContext<'/news/[slug]/og-image'>) {
  const {slug} = await params
  const item = isSlug(slug) ? await getNewsItem(slug) : null
  if (!item?.title) return new Response('Not found', {status: 404})
  const countries = (item.countries ?? []).flatMap((country) => (country.name ? [country.name] : []))
  return new ImageResponse(
    <ShareImage kicker={messages.nav.news} title={item.title} lines={[formatDate(item.publishedAt), countries.join(' · ')].filter(Boolean)} />,
    SHARE_IMAGE_OPTIONS,
  )
}
