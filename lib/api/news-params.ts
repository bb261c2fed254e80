// Strict reading of the open data API's query parameters: anything the API cannot honour exactly is a 400 naming it.
import {DEFAULT_LOCALE, isLocale, type Locale} from '@/lib/i18n/routing'
import {MAX_QUERY_LENGTH, parseDay, parseSearchParams, searchParamsOf, SORTS, type SearchState, type Sort} from '@/lib/search/search-params'
import {isSlug} from '@/sanity/slug.mjs'
import type {InvalidParam} from './problem'

export const DEFAULT_PER_PAGE = 20
export const MAX_PER_PAGE = 100
export const MAX_PAGE = 100_000
export const MAX_FILTER_VALUES = 30

export type NewsQuery = {lang: Locale; state: SearchState; perPage: number}

type Parsed<Value> = {ok: true; value: Value} | {ok: false; problems: InvalidParam[]}

const NEWS_PARAMS = ['lang', 'q', 'country', 'topic', 'from', 'to', 'sort', 'page', 'per_page'] as const
const MULTIPLE = new Set(['country', 'topic'])

/** Parameters no endpoint knows, and single-valued ones given twice. */
function unknownOrRepeated(params: URLSearchParams, known: readonly string[]): InvalidParam[] {
  const problems: InvalidParam[] = []
  for (const name of new Set(params.keys())) {
    if (!known.includes(name)) problems.push({name, reason: `Unknown parameter; this endpoint takes ${known.length ? known.join(', ') : 'none'}.`})
    else if (!MULTIPLE.has(name) && params.getAll(name).length > 1) problems.push({name, reason: 'Given more than once; it takes one value.'})
  }
  return problems
}

function readLang(params: URLSearchParams, problems: InvalidParam[]): Locale {
  const lang = params.get('lang')
  if (lang === null) return DEFAULT_LOCALE
  if (isLocale(lang)) return lang
  problems.push({name: 'lang', reason: 'Must be "en" or "es".'})
  return DEFAULT_LOCALE
}

/** A whole number in [min, max], or a problem. */
function readInteger(params: URLSearchParams, name: string, min: number, max: number, fallback: number, problems: InvalidParam[]): number {
  const raw = params.get(name)
  if (raw === null) return fallback
  if (!/^\d{1,9}$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    problems.push({name, reason: `Must be a whole number from ${min} to ${max}.`})
    return fallback
  }
  return Number(raw)
}

function readSlugs(params: URLSearchParams, name: string, problems: InvalidParam[]): string[] {
  const values = params.getAll(name).flatMap((value) => value.split(','))
  const bad = values.filter((value) => !isSlug(value))
  if (bad.length > 0) problems.push({name, reason: 'Each value must be a slug: lower-case letters, digits and hyphens (as in /api/v1/countries).'})
  if (values.length > MAX_FILTER_VALUES) problems.push({name, reason: `At most ${MAX_FILTER_VALUES} values.`})
  return values
}

function readDay(params: URLSearchParams, name: 'from' | 'to', problems: InvalidParam[]): string | null {
  const raw = params.get(name)
  if (raw === null) return null
  const day = parseDay(raw)
  if (!day) problems.push({name, reason: 'Must be a calendar day as YYYY-MM-DD.'})
  return day
}

/** Only `lang`, for the endpoints that take nothing else. */
export function parseLangOnly(params: URLSearchParams): Parsed<Locale> {
  const problems = unknownOrRepeated(params, ['lang'])
  const lang = readLang(params, problems)
  return problems.length > 0 ? {ok: false, problems} : {ok: true, value: lang}
}

/** No parameters at all (the OpenAPI document). */
export function parseNone(params: URLSearchParams): Parsed<null> {
  const problems = unknownOrRepeated(params, [])
  return problems.length > 0 ? {ok: false, problems} : {ok: true, value: null}
}

/**
 * /api/v1/news: the search page's parameters (q, country, topic, from, to, sort, page) with the same meaning, plus
 * `lang` and `per_page`. Once valid, the state is made by the search page's own parser, so both search alike.
 */
export function parseNewsQuery(params: URLSearchParams): Parsed<NewsQuery> {
  const problems = unknownOrRepeated(params, NEWS_PARAMS)
  const lang = readLang(params, problems)
  const q = params.get('q')
  if (q !== null && q.trim().length > MAX_QUERY_LENGTH) problems.push({name: 'q', reason: `At most ${MAX_QUERY_LENGTH} characters.`})
  if (q !== null && /[\u0000-\u001F\u007F]/.test(q)) problems.push({name: 'q', reason: 'Control characters are not allowed.'})
  const countries = readSlugs(params, 'country', problems)
  const topics = readSlugs(params, 'topic', problems)
  const from = readDay(params, 'from', problems)
  const to = readDay(params, 'to', problems)
  if (from && to && from > to) problems.push({name: 'to', reason: 'Must not be before "from".'})
  const sort = params.get('sort')
  if (sort !== null && !SORTS.includes(sort as Sort)) problems.push({name: 'sort', reason: `Must be one of ${SORTS.join(', ')}.`})
  if (sort === 'relevance' && !q?.trim()) problems.push({name: 'sort', reason: '"relevance" needs words in "q".'})
  const page = readInteger(params, 'page', 1, MAX_PAGE, 1, problems)
  const perPage = readInteger(params, 'per_page', 1, MAX_PER_PAGE, DEFAULT_PER_PAGE, problems)
  if (problems.length > 0) return {ok: false, problems}
  const state = parseSearchParams({
    q: q ?? undefined,
    country: countries,
    topic: topics,
    from: from ?? undefined,
    to: to ?? undefined,
    sort: sort ?? undefined,
    page: String(page),
  })
  return {ok: true, value: {lang, state, perPage}}
}

/** The API's own query string for a search (defaults left out, a stable order), for links and `Link` headers. */
export function newsQueryString({lang, state, perPage}: NewsQuery): string {
  const params = new URLSearchParams()
  if (lang !== DEFAULT_LOCALE) params.set('lang', lang)
  for (const [name, value] of searchParamsOf(state)) params.append(name, value)
  if (perPage !== DEFAULT_PER_PAGE) params.set('per_page', String(perPage))
  const query = params.toString()
  return query ? `?${query}` : ''
}
