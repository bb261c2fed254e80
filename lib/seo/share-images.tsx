// Share images (1200×630 PNG) rendered once per item, country or topic and kept in the cache as bytes; each entry
// carries the tags of the reads inside it, so a publish redraws them.
import 'server-only'
import {keptBriefly} from '../http/brief-answer'
import {createHash} from 'node:crypto'
import {ImageResponse} from 'next/og'
import {ShareImage, SHARE_IMAGE_SIZE, SHARE_PHOTO_SIZE} from '@/lib/seo/share-card'
import {collectionText, isCollectionKind, type CollectionKind} from '../content/kinds'
import {getCollection, getCollectionFacts} from '../content/reads/collections'
import {getNewsItem} from '../content/reads/news'
import {formatDate} from '../format/dates'
import {publishedIn} from '../content/source/fetch-options'
import {isLocale, type Locale} from '../i18n/routing'
import {isSlug} from '../../sanity/slug.mjs'
import {translator} from '../i18n/translator'
import {getSiteSettings, getSiteText} from '../content/reads/settings'
import {regionName} from '../format/regions'
import {imageUrl, isShowableImage, type SanityImageValue} from './sanity-image'

async function png(image: Parameters<typeof ShareImage>[0]): Promise<Uint8Array> {
  return new Uint8Array(await new ImageResponse(<ShareImage {...image} />, SHARE_IMAGE_SIZE).arrayBuffer())
}

/** How long drawing a share image waits for its photo before drawing it without one. */
const PHOTO_TIMEOUT_MS = 3_000

/**
 * The main image cut to the share image's photo panel around its hotspot, as a PNG data: URL (next/og draws PNG and
 * JPEG, not the WebP or AVIF `auto=format` may send); undefined when there is none or the CDN does not answer in time.
 */
async function sharePhoto(image: SanityImageValue | null | undefined): Promise<string | undefined> {
  if (!isShowableImage(image)) return undefined
  const url = imageUrl(image, SHARE_PHOTO_SIZE.width, {aspectRatio: SHARE_PHOTO_SIZE.width / SHARE_PHOTO_SIZE.height, format: 'png'})
  try {
    const response = await fetch(url, {signal: AbortSignal.timeout(PHOTO_TIMEOUT_MS)})
    if (!response.ok || response.headers.get('content-type') !== 'image/png') return undefined
    return `data:image/png;base64,${Buffer.from(await response.arrayBuffer()).toString('base64')}`
  } catch {
    return undefined
  }
}

/** A news item's share image: headline, date, countries and its share image (else its main image); null when there is no such item. */
export async function newsShareImage(slug: string, locale: Locale): Promise<Uint8Array | null> {
  'use cache'
  // Also a server action anyone with its id can call (security review 2026-12-05, N4): its arguments are checked.
  if (typeof slug !== 'string' || !isSlug(slug) || !isLocale(locale)) return keptBriefly(null)
  const t = translator(locale)
  const [item, {timeZone}, {name}] = await Promise.all([getNewsItem(slug, publishedIn(locale)), getSiteSettings(), getSiteText(locale)])
  if (!item?.title) return null
  const countries = (item.countries ?? []).flatMap((country) => (country.name ? [country.name] : []))
  const lines = [formatDate(item.publishedAt, locale, timeZone), countries.join(' · ')].filter(Boolean)
  return png({siteName: name, kicker: t('nav.news'), title: item.title, lines, photo: await sharePhoto(isShowableImage(item.seo?.image) ? item.seo.image : item.mainImage)})
}

/** A country's or topic's share image: name, number of items and latest date; null when there is none. */
export async function collectionShareImage(kind: CollectionKind, slug: string, locale: Locale): Promise<Uint8Array | null> {
  'use cache'
  if (!isCollectionKind(kind) || typeof slug !== 'string' || !isSlug(slug) || !isLocale(locale)) return keptBriefly(null)
  const t = translator(locale)
  const member = await getCollection(kind, slug, publishedIn(locale))
  if (!member?.title) return null
  const [facts, {timeZone}, {name}] = await Promise.all([
    getCollectionFacts(kind, member._id, publishedIn(locale)),
    getSiteSettings(),
    getSiteText(locale),
  ])
  const lines = [
    t('itemCount', {count: facts.count}),
    facts.latest ? t('countries.ogLatest', {date: formatDate(facts.latest, locale, timeZone)}) : t('figures.none'),
  ]
  const kicker = regionName(locale, member.region) ?? collectionText(kind, locale).indexTitle
  return png({siteName: name, kicker, title: member.title, lines})
}

/**
 * The HTTP answer of a share-image route: the PNG, or a plain 404. The ETag is the image's own digest, so it changes
 * exactly when a publish redraws the image (whatever query string the address was given) and a cache can tell.
 */
export function shareImageResponse(image: Uint8Array | null): Response {
  if (!image) return new Response('Not found', {status: 404, headers: {'content-type': 'text/plain; charset=utf-8'}})
  return new Response(image.slice().buffer as ArrayBuffer, {
    headers: {
      'content-type': 'image/png',
      'cache-control': 'public, max-age=3600, s-maxage=60, stale-while-revalidate=86400',
      etag: `"${createHash('sha256').update(image).digest('base64url').slice(0, 32)}"`,
    },
  })
}
