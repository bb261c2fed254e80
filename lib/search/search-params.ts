// Reads /news's query string into a search state (forgiving: bad values are corrected or dropped) and writes it back.
import {parsePageParam} from '@/lib/http/page-param'
import {isSlug} from '@/sanity/slug.mjs'

export const MAX_QUERY_LENGTH = 200
export const SORTS = ['relevance', 'newest', 'oldest'] as const
export type Sort = (typeof SORTS)[number]

/** A search as a reader asked for it, after cleaning; every field maps to a URL parameter. */
export type SearchState = {
  q: string
  countries: string[]
  topics: string[]
  from: string | null
  to: string | null
  sort: Sort
  page: number
}

type RawParams = Record<string, string | string[] | undefined>

const MAX_FILTER_VALUES = 30

function all(raw: string | string[] | undefined): string[] {
  if (raw === undefined) return []
  return (Array.isArray(raw) ? raw : [raw]).filter((value): value is string => typeof value === 'string')
}

function first(raw: string | string[] | undefined): string | undefined {
  return all(raw)[0]
}

/** "2020-07-13" if it is a real calendar day, else null. */
export function parseDay(raw: string | undefined): string | null {
  if (!raw || !/^\d{4}-\d{2}-\d{2}$/.test(raw)) return null
  const date = new Date(`${raw}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === raw ? raw : null
}

function slugs(raw: string | string[] | undefined): string[] {
  const unique = new Set(all(raw).flatMap((value) => value.split(',')).map((value) => value.trim().toLowerCase()).filter(isSlug))
  return [...unique].slice(0, MAX_FILTER_VALUES)
}

/** Cleans raw URL parameters: q cut to 200 characters, dates swapped if reversed, sort and page defaulted. */
export function parseSearchParams(raw: RawParams): SearchState {
  const q = (first(raw.q) ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH).trim()
  let from = parseDay(first(raw.from))
  let to = parseDay(first(raw.to))
  if (from && to && from > to) [from, to] = [to, from]
  const requestedSort = first(raw.sort)
  const sort: Sort = SORTS.includes(requestedSort as Sort) ? (requestedSort as Sort) : q ? 'relevance' : 'newest'
  return {
    q,
    countries: slugs(raw.country),
    topics: slugs(raw.topic),
    from,
    to,
    sort: sort === 'relevance' && !q ? 'newest' : sort,
    page: parsePageParam(raw.page),
  }
}

/** Parses a query string ("?q=…&country=…") the way the page parses its search parameters. */
export function parseQueryString(queryString: string): SearchState {
  const params = new URLSearchParams(queryString)
  return parseSearchParams(Object.fromEntries([...new Set(params.keys())].map((key) => [key, params.getAll(key)])))
}

/** The URL parameters of a state, in a stable order, leaving out defaults (page 1, the default sort). */
export function searchQueryString(state: SearchState): string {
  const query = searchParamsOf(state).toString()
  return query ? `?${query}` : ''
}

/** The parameters of a search in a stable order, defaults left out: shared by the page's links and the API's. */
export function searchParamsOf(state: SearchState): URLSearchParams {
  const params = new URLSearchParams()
  if (state.q) params.set('q', state.q)
  for (const country of state.countries) params.append('country', country)
  for (const topic of state.topics) params.append('topic', topic)
  if (state.from) params.set('from', state.from)
  if (state.to) params.set('to', state.to)
  const defaultSort: Sort = state.q ? 'relevance' : 'newest'
  const sort: Sort = state.sort === 'relevance' && !state.q ? 'newest' : state.sort
  if (sort !== defaultSort) params.set('sort', sort)
  if (state.page > 1) params.set('page', String(state.page))
  return params
}

/** A link to /news for the state with some fields changed; any change but the page goes back to page 1. */
export function searchHref(state: SearchState, changes: Partial<SearchState> = {}, pathname = '/news'): string {
  const next = {...state, page: 1, ...changes}
  return `${pathname}${searchQueryString(next)}`
}

export function hasFilters(state: SearchState): boolean {
  return state.countries.length > 0 || state.topics.length > 0 || state.from !== null || state.to !== null
}
