// GET /api/v1/topics: every topic with its number of items and latest item date, as /topics lists them.
import {listResponse} from '@/lib/api/collection-lists'
import {preflightResponse} from '@/lib/api/cors'

export async function GET(request: Request) {
  return listResponse(request, 'topic')
}

export function OPTIONS() {
  return preflightResponse()
}
