// A country's brief as cached PDF bytes, tagged with what it shows (the country, its items), so a publish redraws it.
import 'server-only'
import {cacheTag} from 'next/cache'
import {COLLECTIONS, collectionPath} from '@/lib/content/kinds'
import {documentTag} from '@/lib/content/cache-tags'
import {getCollection, getCollectionFacts, getCollectionNews} from '@/lib/content/reads/collections'
import {publishedIn} from '@/lib/content/source/fetch-options'
import {getSiteSettings, getSiteText} from '@/lib/content/reads/settings'
import {formatDate} from '@/lib/format/dates'
import {localePath} from '@/lib/i18n/navigation'
import type {Locale} from '@/lib/i18n/routing'
import {translator} from '@/lib/i18n/translator'
import {regionName} from '@/lib/format/regions'
import {absoluteUrl} from '@/lib/http/site'
import {flagPng} from '@/lib/flags/flag-png'
import {BRIEF_ITEMS, countryBriefPdf} from './country-brief-pdf'

/** The brief of a country in a language, or null when there is no such country. */
export async function countryBrief(slug: string, locale: Locale): Promise<Uint8Array | null> {
  'use cache'
  cacheTag(documentTag('country', slug))
  const options = publishedIn(locale)
  const member = await getCollection('country', slug, options)
  if (!member?.slug || !member.title) return null
  const t = translator(locale)
  const [facts, items, {timeZone}, {name: siteName}, flag] = await Promise.all([
    getCollectionFacts('country', member._id, options),
    getCollectionNews(member._id, 1, BRIEF_ITEMS, options),
    getSiteSettings(),
    getSiteText(locale),
    flagPng(member.isoCode),
  ])
  const date = (iso: string | null) => (iso ? formatDate(iso, locale, timeZone) : t('figures.none'))
  return countryBriefPdf({
    language: locale,
    siteName,
    kicker: t('countryBrief.kicker'),
    name: member.title,
    flag,
    region: member.region ? regionName(locale, member.region) : null,
    description: member.description,
    figures: [
      {label: t('figures.items'), value: String(facts.count)},
      {label: t('figures.first'), value: date(facts.first)},
      {label: t('figures.latest'), value: date(facts.latest)},
      {label: t('figures.topTopics'), value: facts.topOthers.map((other) => other.title).join(', ') || t('figures.none')},
    ],
    chartHeading: t('chart.heading'),
    perYear: facts.perYear,
    latestHeading: t('countryBrief.latest'),
    latest: items.flatMap((item) =>
      item.title && item.slug ? [{title: item.title, date: date(item.publishedAt), url: absoluteUrl(localePath(locale, `/news/${item.slug}`))}] : [],
    ),
    url: absoluteUrl(localePath(locale, collectionPath(COLLECTIONS.country, member.slug))),
    onlineLabel: t('countryBrief.online'),
    produced: t('countryBrief.produced', {date: formatDate(new Date().toISOString(), locale, timeZone)}),
  })
}
