// The open data API's lists of countries and topics, each with its count of items in the asked language's lists.
import 'server-only'
import {COLLECTIONS, collectionPath, isCollectionKind, type CollectionKind} from '@/lib/content/kinds'
import {ALL_CONTENT_TAGS} from '@/lib/content/cache-tags'
import {getCountriesWithCounts, getTopicsWithCounts} from '@/lib/content/reads/collections'
import {publishedIn} from '@/lib/content/source/fetch-options'
import {orUnavailableResponse} from '@/lib/content/or-unavailable'
import {ContentUnavailableError} from '@/lib/content/unavailable'
import {keptBriefly} from '@/lib/http/brief-answer'
import {isLocale, type Locale} from '@/lib/i18n/routing'
import {parseLangOnly} from './news-params'
import {problemResponse} from './problem'
import {answerText, textResponse, type AnswerText} from './respond'
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

/** What a list answer sends: its text and ETag, and its length; or that the content service failed (kept seconds). */
type ListAnswer = (AnswerText & {total: number}) | {unavailable: true} | null

const LIST_PATHS: Record<CollectionKind, string> = {country: '/countries', topic: '/topics'}

function listSelf(kind: CollectionKind, lang: Locale): string {
  return apiUrl(`${LIST_PATHS[kind]}${lang === 'en' ? '' : `?lang=${lang}`}`)
}

/**
 * A list's answer as sent, cached under the tags of the reads inside it: a partner polling it costs one cache lookup,
 * not the reads, the JSON and the hash again (issue 19: the API answers from the cache). The unavailability of the
 * content service travels as a value (a 'use cache' function's errors do not keep their class); the failed read's
 * brief cache life makes this entry brief too. Also a server action anyone with its id can call: arguments checked.
 */
async function listAnswer(kind: CollectionKind, lang: Locale): Promise<ListAnswer> {
  'use cache'
  if (!isCollectionKind(kind) || !isLocale(lang)) return keptBriefly(null)
  try {
    const data = kind === 'country' ? await apiCountries(lang) : await apiTopics(lang)
    const links = {self: listSelf(kind, lang), html: pageUrl(lang, LIST_PATHS[kind])}
    return {...answerText({data, meta: {language: lang, total: data.length}, links}), total: data.length}
  } catch (error) {
    if (error instanceof ContentUnavailableError) return {unavailable: true}
    throw error
  }
}

/**
 * How long an instance answers a list from its last answer without asking the cache again: as long as Varnish keeps
 * API answers (deploy/varnish/default.vcl), so a publish reaches the lists no later than through Varnish.
 */
export const LIST_RECHECK_MS = 1_000

const recent = new Map<string, {answer: AnswerText & {total: number}; at: number}>()

/** The list's answer: this instance's own from less than LIST_RECHECK_MS ago, else the cached entry's. */
async function recentListAnswer(kind: CollectionKind, lang: Locale): Promise<AnswerText & {total: number}> {
  const key = `${kind} ${lang}`
  const kept = recent.get(key)
  if (kept && performance.now() - kept.at < LIST_RECHECK_MS) return kept.answer
  const answer = await listAnswer(kind, lang)
  if (!answer) throw new Error(`No list answer for ${kind}`)
  if ('unavailable' in answer) throw new ContentUnavailableError(`api-${kind}-list`)
  recent.set(key, {answer, at: performance.now()})
  return answer
}

/** GET /api/v1/countries and /api/v1/topics. */
export async function listResponse(request: Request, kind: CollectionKind): Promise<Response> {
  const parsed = parseLangOnly(new URL(request.url).searchParams)
  if (!parsed.ok) return problemResponse(400, 'Invalid parameters', 'Some query parameters cannot be used; see invalid_params.', parsed.problems)
  const lang = parsed.value
  return orUnavailableResponse(async () => {
    const answer = await recentListAnswer(kind, lang)
    return textResponse(request, answer, {tags: ALL_CONTENT_TAGS, links: {self: listSelf(kind, lang), describedby: apiUrl('/openapi.json')}, totalCount: answer.total})
  })
}
