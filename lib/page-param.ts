// Reads a `page` query parameter: anything but a positive whole number means page 1.

const MAX_PAGE = 1_000_000

export function parsePageParam(raw: string | string[] | undefined): number {
  const value = Array.isArray(raw) ? raw[0] : raw
  if (!value || !/^\d{1,7}$/.test(value)) return 1
  const page = Number(value)
  return page >= 1 ? Math.min(page, MAX_PAGE) : 1
}
