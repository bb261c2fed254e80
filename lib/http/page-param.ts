// Reads a `page` query parameter: anything but a positive whole number means page 1; huge numbers are capped.

const MAX_PAGE = 100_000

/** The page asked for (callers cap it at their last page, so a page past the end shows the last one). */
export function parsePageParam(raw: string | string[] | undefined): number {
  const value = (Array.isArray(raw) ? raw[0] : raw)?.trim()
  if (!value || !/^\d{1,9}$/.test(value)) return 1
  return Math.min(Math.max(1, Number(value)), MAX_PAGE)
}
