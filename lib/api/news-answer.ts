// GET /api/v1/news's answers, kept per search-index version: a partner polling an address costs a lookup, not a search.
import 'server-only'
import {LRUMap} from 'mnemonist'
import {searchIndexVersion, searchNews} from '@/lib/content/reads/search-index'
import {searchQueryString} from '@/lib/search/search-params'
import {newsQueryString, type NewsQuery} from './news-params'
import type {InvalidParam} from './problem'
import {answerText, type AnswerText, type LinkRelations} from './respond'
import {apiNewsItem, apiUrl, pageUrl} from './shapes'

export type NewsAnswer =
  | {ok: true; text: AnswerText; links: LinkRelations; total: number}
  | {ok: false; detail: string; problems: InvalidParam[]}

/**
 * Answers kept in each instance: a few hundred partners' addresses (an answer is 2–100 KB). Invented addresses only
 * push older answers out; what they cost is a search, as without the store.
 */
export const KEPT_NEWS_ANSWERS = 256

const kept = new LRUMap<string, NewsAnswer & {ok: true}>(KEPT_NEWS_ANSWERS)

/** The search behind the answer, and the answer's body, links and count (or why the filters name nothing). */
async function answerNews(query: NewsQuery): Promise<NewsAnswer> {
  const {lang, state, perPage} = query
  const outcome = await searchNews(state, lang, perPage)
  const unknown = [
    ...outcome.unknown.countries.map((slug) => ({name: 'country', reason: `No country has the slug "${slug}" (see /api/v1/countries).`})),
    ...outcome.unknown.topics.map((slug) => ({name: 'topic', reason: `No topic has the slug "${slug}" (see /api/v1/topics).`})),
  ]
  if (unknown.length > 0) return {ok: false, detail: 'Some filter values name nothing on the site.', problems: unknown}
  if (state.page > outcome.pages) {
    return {ok: false, detail: `The last page is ${outcome.pages}.`, problems: [{name: 'page', reason: `At most ${outcome.pages} for this search.`}]}
  }
  const at = (page: number) => apiUrl(`/news${newsQueryString({...query, state: {...state, page}})}`)
  const links = {
    self: at(state.page),
    first: at(1),
    ...(state.page > 1 ? {prev: at(state.page - 1)} : {}),
    ...(state.page < outcome.pages ? {next: at(state.page + 1)} : {}),
    last: at(outcome.pages),
  }
  const text = answerText({
    data: outcome.hits.map((hit) => apiNewsItem(hit, lang)),
    meta: {language: lang, total: outcome.total, page: state.page, per_page: perPage, pages: outcome.pages},
    links: {...links, html: pageUrl(lang, `/news${searchQueryString(state)}`)},
  })
  return {ok: true, text, links, total: outcome.total}
}

/**
 * The answer to a news query: the one kept for the current index version (every publish bumps it, whether it rewrites
 * the index or one item in place, so no answer outlives the content it shows), else a search. Only answers to valid
 * filters are kept.
 */
export async function newsAnswer(query: NewsQuery): Promise<NewsAnswer> {
  const version = await searchIndexVersion()
  if (version === null) return answerNews(query)
  const key = `${version}${newsQueryString(query)}`
  const found = kept.get(key)
  if (found) return found
  const answer = await answerNews(query)
  if (answer.ok) kept.set(key, answer)
  return answer
}
