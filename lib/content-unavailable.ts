// Where a reader is sent when content cannot be fetched, and how the page they wanted travels with them safely.
import {sameOriginReturnPath} from '@/lib/return-path'

/** The route that answers 503 "content temporarily unavailable". */
export const UNAVAILABLE_PATH = '/content-unavailable'

/** How long a reader (or feed reader) is asked to wait before trying again. */
export const RETRY_AFTER_SECONDS = 30

/** The page to try again from the 503 page: a same-site path, never the 503 page itself ("/" for anything else). */
export function unavailableReturnPath(from: string | null | undefined): string {
  const path = sameOriginReturnPath(from)
  return path.startsWith(UNAVAILABLE_PATH) ? '/' : path
}

export function unavailableUrl(from: string | null | undefined): string {
  return `${UNAVAILABLE_PATH}?from=${encodeURIComponent(unavailableReturnPath(from))}`
}
