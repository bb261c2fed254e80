// GET /api/v1/news: the search page's results as JSON (same index, same filters, same order), paginated with Link headers.
import {problemResponse} from '@/lib/api/problem'
import {preflightResponse} from '@/lib/api/cors'
import {newsAnswer} from '@/lib/api/news-answer'
import {parseNewsQuery} from '@/lib/api/news-params'
import {textResponse} from '@/lib/api/respond'
import {apiUrl} from '@/lib/api/shapes'
import {ALL_CONTENT_TAGS} from '@/lib/content/cache-tags'
import {orUnavailableResponse} from '@/lib/content/or-unavailable'

const BAD_PARAMETERS = 'Invalid parameters'

export async function GET(request: Request) {
  const parsed = parseNewsQuery(new URL(request.url).searchParams)
  if (!parsed.ok) return problemResponse(400, BAD_PARAMETERS, 'Some query parameters cannot be used; see invalid_params.', parsed.problems)
  return orUnavailableResponse(async () => {
    const answer = await newsAnswer(parsed.value)
    if (!answer.ok) return problemResponse(400, BAD_PARAMETERS, answer.detail, answer.problems)
    return textResponse(request, answer.text, {
      tags: ALL_CONTENT_TAGS,
      links: {...answer.links, describedby: apiUrl('/openapi.json')},
      totalCount: answer.total,
    })
  })
}

export function OPTIONS() {
  return preflightResponse()
}
