// The open data API's JSON shapes: stable snake_case names, absolute URLs, ISO 8601 instants, names in the asked language.
import {toPlainText} from '@portabletext/toolkit'
import type {NEWS_ITEM_QUERY_RESULT} from '@/sanity.types'
import {localePath} from '@/lib/i18n/navigation'
import type {Locale} from '@/lib/i18n/routing'
import type {SearchHit} from '@/lib/search/engine'
import {absoluteUrl} from '@/lib/http/site'

export const API_BASE = '/api/v1'

/** An absolute address of a page in a language. */
export function pageUrl(lang: Locale, path: string): string {
  return absoluteUrl(localePath(lang, path))
}

/** An absolute address under /api/v1. */
export function apiUrl(path: string): string {
  return absoluteUrl(`${API_BASE}${path}`)
}

/** An instant as ISO 8601 with its offset (UTC, "Z"), or null when missing or unreadable. */
export function isoInstant(value: string | null | undefined): string | null {
  if (!value) return null
  const time = Date.parse(value)
  return Number.isNaN(time) ? null : new Date(time).toISOString()
}

export type ApiReference = {slug: string; name: string; url: string}

export type ApiNewsItem = {
  id: string
  slug: string
  language: 'en' | 'es'
  title: string
  summary: string | null
  place: string | null
  published_at: string | null
  url: string
  api_url: string
  countries: ApiReference[]
  topics: ApiReference[]
}

function references(lang: Locale, basePath: string, values: Array<{slug: string | null; name: string | null}>): ApiReference[] {
  return values.flatMap(({slug, name}) => (slug ? [{slug, name: name ?? slug, url: pageUrl(lang, `${basePath}/${slug}`)}] : []))
}

/** One search result as the API lists it. */
export function apiNewsItem(hit: SearchHit, lang: Locale): ApiNewsItem {
  return {
    id: hit._id,
    slug: hit.slug,
    language: hit.language,
    title: hit.title,
    summary: hit.summary || null,
    place: hit.place,
    published_at: isoInstant(hit.publishedAt),
    url: pageUrl(lang, `/news/${hit.slug}`),
    api_url: apiUrl(`/news/${hit.slug}${lang === 'en' ? '' : `?lang=${lang}`}`),
    countries: references(lang, '/countries', hit.countries),
    topics: references(lang, '/topics', hit.topics.map((topic) => ({slug: topic.slug, name: topic.title}))),
  }
}

export type ApiNewsDetail = ApiNewsItem & {
  updated_at: string | null
  body_text: string
  source_url: string | null
  partners: string[]
  /** The item's page in each language it is published in (its translation's page for the other language). */
  translations: Partial<Record<Locale, string>>
}

/** One item with its text, as /api/v1/news/{slug} answers. */
export function apiNewsDetail(item: NonNullable<NEWS_ITEM_QUERY_RESULT>, slug: string, lang: Locale, translations: Partial<Record<Locale, string>>): ApiNewsDetail {
  const language = item.language === 'es' ? 'es' : 'en'
  return {
    id: item._id,
    slug,
    language,
    title: item.title ?? slug,
    summary: item.summary,
    place: item.place,
    published_at: isoInstant(item.publishedAt),
    updated_at: isoInstant(item._updatedAt),
    url: pageUrl(lang, `/news/${slug}`),
    api_url: apiUrl(`/news/${slug}${lang === 'en' ? '' : `?lang=${lang}`}`),
    countries: references(lang, '/countries', item.countries ?? []),
    topics: references(lang, '/topics', (item.topics ?? []).map((topic) => ({slug: topic.slug, name: topic.title}))),
    body_text: toPlainText((item.body ?? []).filter((block) => block._type === 'block')),
    source_url: item.sourceUrl,
    partners: item.partners ?? [],
    translations: Object.fromEntries(
      Object.entries({[language]: slug, ...translations}).map(([locale, translatedSlug]) => [locale, pageUrl(locale as Locale, `/news/${translatedSlug}`)]),
    ),
  }
}
