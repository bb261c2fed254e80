// Errors of the open data API as RFC 9457 problem details (application/problem+json), with the CORS headers every answer carries.
import {jsonText} from './json-text'
import {absoluteUrl} from '@/lib/http/site'
import {CORS_HEADERS} from './cors'

export type InvalidParam = {name: string; reason: string}

/** A problem answer; 400s list each bad parameter with the reason, so a partner can fix the call. */
export function problemResponse(status: 400 | 404, title: string, detail: string, invalidParams: InvalidParam[] = []): Response {
  // A 404 means what HTTP says ("about:blank", RFC 9457); a 400's type is the /data page's paragraph on parameters.
  const body = {
    type: status === 400 ? absoluteUrl('/data#invalid-parameters') : 'about:blank',
    title,
    status,
    detail,
    ...(invalidParams.length > 0 ? {invalid_params: invalidParams} : {}),
  }
  return new Response(jsonText(body), {
    status,
    headers: {
      ...CORS_HEADERS,
      'content-type': 'application/problem+json; charset=utf-8',
      // A wrong call stays wrong: a shared cache may keep the answer a minute (the webhook never needs to purge it).
      'cache-control': 'public, max-age=60',
    },
  })
}
