// The statistics key (ALERTS_STATS_TOKEN) that the Studio's dashboard sends: subscriber and view counts only reach its holders.
import {createHash, timingSafeEqual} from 'node:crypto'

const digest = (value: string) => createHash('sha256').update(value).digest()

/** Whether the request carries `Authorization: Bearer <ALERTS_STATS_TOKEN>` (never true when the key is unset). */
export function hasStatsKey(request: Request, env: NodeJS.ProcessEnv = process.env): boolean {
  const key = env.ALERTS_STATS_TOKEN?.trim()
  const given = request.headers.get('authorization')?.replace(/^Bearer\s+/i, '') ?? ''
  return Boolean(key) && timingSafeEqual(digest(given), digest(key!))
}
