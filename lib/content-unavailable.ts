// Where a reader is sent when content cannot be fetched, and how the page they wanted travels with them safely.

/** The route that answers 503 "content temporarily unavailable". */
export const UNAVAILABLE_PATH = '/content-unavailable'

/** A same-site path to go back to, or "/" for anything else (absolute or protocol-relative addresses, odd input). */
export function safeReturnPath(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\') || value.length > 2000) return '/'
  if (value.startsWith(UNAVAILABLE_PATH)) return '/'
  return value
}

export function unavailableUrl(from: string | null | undefined): string {
  return `${UNAVAILABLE_PATH}?from=${encodeURIComponent(safeReturnPath(from))}`
}
