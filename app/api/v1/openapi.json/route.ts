// GET /api/v1/openapi.json: the API's OpenAPI 3.1 description.
import {preflightResponse} from '@/lib/api/cors'
import {openApiDocument} from '@/lib/api/openapi'
import {parseNone} from '@/lib/api/news-params'
import {problemResponse} from '@/lib/api/problem'
import {jsonResponse} from '@/lib/api/respond'

export async function GET(request: Request) {
  const parsed = parseNone(new URL(request.url).searchParams)
  if (!parsed.ok) return problemResponse(400, 'Invalid parameters', 'This address takes no query parameters.', parsed.problems)
  return jsonResponse(request, {body: openApiDocument(), tags: [], contentType: 'application/openapi+json; charset=utf-8'})
}

export function OPTIONS() {
  return preflightResponse()
}
