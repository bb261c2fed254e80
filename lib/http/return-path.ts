// The one rule for a return path read from a request (?to=, ?from=): a path on this site, as a browser would resolve it.
import {siteUrl} from '@/lib/http/site'

const MAX_LENGTH = 2000

/** Control characters (which browsers strip before parsing, e.g. `/<TAB>/evil`) and backslashes (read as `/`). */
const FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\\]/

/**
 * A same-origin path to send the reader back to, or `fallback` for anything else. The value is parsed with the
 * WHATWG URL parser against the site's own origin, like a browser resolving a Location header or an href, and the
 * normalised, percent-encoded path, query and fragment are returned, so the result is safe in a header.
 */
export function sameOriginReturnPath(value: string | null | undefined, fallback = '/'): string {
  if (!value || value.length > MAX_LENGTH || !value.startsWith('/') || FORBIDDEN.test(value)) return fallback
  const origin = siteUrl().origin
  let url: URL
  try {
    url = new URL(value, origin)
  } catch {
    return fallback
  }
  const path = `${url.pathname}${url.search}${url.hash}`
  // "/.//evil.example" normalises to "//evil.example", which a browser reads as another host.
  if (url.origin !== origin || !path.startsWith('/') || path.startsWith('//') || path.length > MAX_LENGTH) return fallback
  return path
}
