// Subscriber counts per country, topic and language for the Studio's tool: no address, and only with the statistics key.
import {createHash, timingSafeEqual} from 'node:crypto'
import {subscriberCounts} from '@/lib/alerts/signup'
import {getDatabase} from '@/lib/db/database'

const digest = (value: string) => createHash('sha256').update(value).digest()

export async function GET(request: Request) {
  const key = process.env.ALERTS_STATS_TOKEN?.trim()
  const given = request.headers.get('authorization')?.replace(/^Bearer\s+/i, '') ?? ''
  if (!key || !timingSafeEqual(digest(given), digest(key))) return Response.json({message: 'Unauthorized'}, {status: 401, headers: {'cache-control': 'no-store'}})
  try {
    return Response.json(await subscriberCounts(await getDatabase()), {headers: {'cache-control': 'no-store'}})
  } catch {
    return Response.json({message: 'The database cannot be reached'}, {status: 503, headers: {'cache-control': 'no-store'}})
  }
}
