// The view beacon (docs/analytics.md): every reader's page load, Varnish's cached copies included, counted per day without cookies or addresses.
import {handleBeaconGet, handleBeaconPost, type BeaconDeps} from '@/lib/analytics/beacon'
import {refreshMostRead} from '@/lib/analytics/most-read'
import {getDatabase} from '@/lib/db/database'
import {mayExist} from '@/lib/content/reads/known-slugs'
import {PUBLISHED} from '@/lib/content/source/fetch-options'
import {siteUrl} from '@/lib/http/site'

function deps(request: Request): BeaconDeps {
  const host = request.headers.get('host')?.replace(/:\d+$/, '')
  return {
    db: getDatabase,
    exists: (kind, slug) => mayExist(kind, slug, PUBLISHED),
    ownHosts: [siteUrl().hostname, ...(host ? [host] : [])],
    counted: refreshMostRead,
  }
}

export function POST(request: Request) {
  return handleBeaconPost(request, deps(request))
}

export function GET(request: Request) {
  return handleBeaconGet(request, deps(request))
}

/** HEAD would run GET (and count); nobody needs it here. */
export function HEAD() {
  return new Response(null, {status: 405, headers: {allow: 'GET, POST', 'cache-control': 'no-store'}})
}
