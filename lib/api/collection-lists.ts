// The open data API's lists of countries and topics, each with its count of items in the asked language's lists.
import 'server-only'
import {COLLECTIONS, collectionPath, type CollectionKind} from '@/lib/content/kinds'
import {ALL_CONTENT_TAGS} from '@/lib/content/cache-tags'
import {getCountriesWithCounts, getTopicsWithCounts} from '@/lib/content/reads/collections'
import {publishedIn} from '@/lib/content/source/fetch-options'
import {orUnavailableResponse} from '@/lib/content/or-unavailable'
import type {Locale} from '@/lib/i18n/routing'
import {parseLangOnly} from './news-params'
import {problemResponse} from './problem'
import {jsonResponse} from './respond'
import {apiUrl, isoInstant, pageUrl} from './shapes'

export type ApiCountry = {
  slug: string
  name: string
  iso_code: string | null
  region: string | null
  description: string | null
  count: number
  latest_published_at: string | null
  url: string
  news_api_url: string
}

export type ApiTopic = Omit<ApiCountry, 'iso_code' | 'region'>

function newsApiUrl(kind: CollectionKind, slug: string, lang: Locale): string {
  const params = new URLSearchParams(lang === 'en' ? {} : {lang})
  params.set(COLLECTIONS[kind].searchParam, slug)
  return apiUrl(`/news?${params}`)
}

export async function apiCountries(lang: Locale): Promise<ApiCountry[]> {
  return (await getCountriesWithCounts(publishedIn(lang))).flatMap((country) =>
    country.slug
      ? [
          {
            slug: country.slug,
            name: country.name ?? country.slug,
            iso_code: country.isoCode,
            region: country.region,
            description: country.description,
            count: country.count,
            latest_published_at: isoInstant(country.latest),
            url: pageUrl(lang, collectionPath(COLLECTIONS.country, country.slug)),
            news_api_url: newsApiUrl('country', country.slug, lang),
          },
        ]
      : [],
  )
}

export async function apiTopics(lang: Locale): Promise<ApiTopic[]> {
  return (await getTopicsWithCounts(publishedIn(lang))).flatMap((topic) =>
    topic.slug
      ? [
          {
            slug: topic.slug,
            name: topic.title ?? topic.slug,
            description: topic.description,
            count: topic.count,
            latest_published_at: isoInstant(topic.latest),
            url: pageUrl(lang, collectionPath(COLLECTIONS.topic, topic.slug)),
            news_api_url: newsApiUrl('topic', topic.slug, lang),
          },
        ]
      : [],
  )
}

/** GET /api/v1/countries and /api/v1/topics. */
export async function listResponse(request: Request, kind: CollectionKind): Promise<Response> {
  const parsed = parseLangOnly(new URL(request.url).searchParams)
  if (!parsed.ok) return problemResponse(400, 'Invalid parameters', 'Some query parameters cannot be used; see invalid_params.', parsed.problems)
  const lang = parsed.value
  const path = kind === 'country' ? '/countries' : '/topics'
  return orUnavailableResponse(async () => {
    const data = kind === 'country' ? await apiCountries(lang) : await apiTopics(lang)
    const self = apiUrl(`${path}${lang === 'en' ? '' : `?lang=${lang}`}`)
    return jsonResponse(request, {
      body: {data, meta: {language: lang, total: data.length}, links: {self, html: pageUrl(lang, path)}},
      tags: ALL_CONTENT_TAGS,
      links: {self, describedby: apiUrl('/openapi.json')},
      totalCount: data.length,
    })
  })
}
