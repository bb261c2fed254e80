// Content that cannot be fetched: the error a failed read raises, where the reader is sent, and how the page they
// wanted travels with them safely.
import {sameOriginReturnPath} from '@/lib/http/return-path'

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

/** Raised when Sanity answered with an error or not at all; pages and routes turn it into the 503 answer. */
export class ContentUnavailableError extends Error {
  constructor(readonly queryName: string) {
    super(`Content temporarily unavailable (query ${queryName})`)
    this.name = 'ContentUnavailableError'
  }
}
