// GET /api/v1/news: the search page's results as JSON (same index, same filters, same order), paginated with Link headers.
import {problemResponse} from '@/lib/api/problem'
import {preflightResponse} from '@/lib/api/cors'
import {newsQueryString, parseNewsQuery} from '@/lib/api/news-params'
import {jsonResponse} from '@/lib/api/respond'
import {apiNewsItem, apiUrl, pageUrl} from '@/lib/api/shapes'
import {ALL_CONTENT_TAGS} from '@/lib/content/cache-tags'
import {orUnavailableResponse} from '@/lib/content/or-unavailable'
import {searchNews} from '@/lib/content/reads/search-index'
import {searchQueryString} from '@/lib/search/search-params'

const BAD_PARAMETERS = 'Invalid parameters'

export async function GET(request: Request) {
  const parsed = parseNewsQuery(new URL(request.url).searchParams)
  if (!parsed.ok) return problemResponse(400, BAD_PARAMETERS, 'Some query parameters cannot be used; see invalid_params.', parsed.problems)
  const query = parsed.value
  const {lang, state, perPage} = query
  return orUnavailableResponse(async () => {
    const outcome = await searchNews(state, lang, perPage)
    const unknown = [
      ...outcome.unknown.countries.map((slug) => ({name: 'country', reason: `No country has the slug "${slug}" (see /api/v1/countries).`})),
      ...outcome.unknown.topics.map((slug) => ({name: 'topic', reason: `No topic has the slug "${slug}" (see /api/v1/topics).`})),
    ]
    if (unknown.length > 0) return problemResponse(400, BAD_PARAMETERS, 'Some filter values name nothing on the site.', unknown)
    if (state.page > outcome.pages) {
      return problemResponse(400, BAD_PARAMETERS, `The last page is ${outcome.pages}.`, [{name: 'page', reason: `At most ${outcome.pages} for this search.`}])
    }
    const at = (page: number) => apiUrl(`/news${newsQueryString({...query, state: {...state, page}})}`)
    const links = {
      self: at(state.page),
      first: at(1),
      ...(state.page > 1 ? {prev: at(state.page - 1)} : {}),
      ...(state.page < outcome.pages ? {next: at(state.page + 1)} : {}),
      last: at(outcome.pages),
    }
    return jsonResponse(request, {
      body: {
        data: outcome.hits.map((hit) => apiNewsItem(hit, lang)),
        meta: {language: lang, total: outcome.total, page: state.page, per_page: perPage, pages: outcome.pages},
        links: {...links, html: pageUrl(lang, `/news${searchQueryString(state)}`)},
      },
      tags: ALL_CONTENT_TAGS,
      links: {...links, describedby: apiUrl('/openapi.json')},
      totalCount: outcome.total,
    })
  })
}

export function OPTIONS() {
  return preflightResponse()
}
