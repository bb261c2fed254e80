// The open data API's successful answers: JSON with a weak ETag (304 when it matches), CORS, Link and cache headers.
import {jsonText} from './json-text'
import {createHash} from 'node:crypto'
import {CORS_HEADERS} from './cors'

/** The header the page cache handler also sends: Varnish turns it into surrogate keys, which the webhook purges. */
const TAGS_HEADER = 'x-cache-tags'

export type LinkRelations = Partial<Record<'self' | 'first' | 'prev' | 'next' | 'last' | 'alternate' | 'describedby', string>>

/** RFC 8288 `Link` header value, in a fixed order of relations. */
export function linkHeader(links: LinkRelations): string {
  return Object.entries(links)
    .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
    .map(([rel, url]) => `<${url}>; rel="${rel}"`)
    .join(', ')
}

/** Whether an If-None-Match header lists this ETag (weak comparison, as RFC 9110 asks for GET). */
export function matchesETag(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false
  if (ifNoneMatch.trim() === '*') return true
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '')
  return ifNoneMatch.split(',').some((tag) => opaque(tag) === opaque(etag))
}

/** An answer's body as sent, with its ETag: computed once per content where the answer itself is cached. */
export type AnswerText = {text: string; etag: string}

export function answerText(body: unknown): AnswerText {
  const text = jsonText(body)
  return {text, etag: `W/"${createHash('sha256').update(text).digest('base64url').slice(0, 27)}"`}
}

type AnswerHeaders = {
  /** The content tags of what the answer shows (as the pages showing it carry them). */
  tags: string[]
  links?: LinkRelations
  totalCount?: number
  contentType?: string
}

export type JsonAnswer = AnswerHeaders & {body: unknown}

/**
 * Browsers and partners check again each time (a matching ETag costs them a 304 and no body); a shared cache keeps
 * the answer a minute at most, and Varnish (deploy/varnish/default.vcl) a second, under the tags the webhook purges.
 */
export function textResponse(request: Request, {text, etag}: AnswerText, {tags, links, totalCount, contentType = 'application/json; charset=utf-8'}: AnswerHeaders): Response {
  const headers: Record<string, string> = {
    ...CORS_HEADERS,
    'content-type': contentType,
    'cache-control': 'public, max-age=0, s-maxage=60, stale-while-revalidate=600',
    etag,
    [TAGS_HEADER]: [...new Set(tags)].join(' '),
  }
  if (links && Object.keys(links).length > 0) headers.link = linkHeader(links)
  if (totalCount !== undefined) headers['x-total-count'] = String(totalCount)
  if (matchesETag(request.headers.get('if-none-match'), etag)) {
    delete headers['content-type']
    return new Response(null, {status: 304, headers})
  }
  return new Response(request.method === 'HEAD' ? null : text, {headers})
}

export function jsonResponse(request: Request, {body, ...answer}: JsonAnswer): Response {
  return textResponse(request, answerText(body), answer)
}
