// CORS for the open data API: any site may read it with GET (it is public, read only, and never uses cookies).

export const CORS_HEADERS: Record<string, string> = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers': 'ETag, Link, X-Total-Count',
}

/** The answer to a preflight: GET and HEAD only, with the one request header a conditional GET sends. */
export function preflightResponse(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...CORS_HEADERS,
      'access-control-allow-methods': 'GET, HEAD, OPTIONS',
      'access-control-allow-headers': 'If-None-Match',
      'access-control-max-age': '86400',
      allow: 'GET, HEAD, OPTIONS',
    },
  })
}
