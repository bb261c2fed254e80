// Subscriber counts per country, topic and language for the Studio's tool: no address, and only with the statistics key.
import {subscriberCounts} from '@/lib/alerts/signup'
import {hasStatsKey} from '@/lib/analytics/stats-key'
import {getDatabase} from '@/lib/db/database'

export async function GET(request: Request) {
  if (!hasStatsKey(request)) return Response.json({message: 'Unauthorized'}, {status: 401, headers: {'cache-control': 'no-store'}})
  try {
    return Response.json(await subscriberCounts(await getDatabase()), {headers: {'cache-control': 'no-store'}})
  } catch {
    return Response.json({message: 'The database cannot be reached'}, {status: 503, headers: {'cache-control': 'no-store'}})
  }
}
