// GET /api/v1/countries: every country with its number of items and latest item date, as /countries lists them.
import {listResponse} from '@/lib/api/collection-lists'
import {preflightResponse} from '@/lib/api/cors'

export async function GET(request: Request) {
  return listResponse(request, 'country')
}

export function OPTIONS() {
  return preflightResponse()
}
