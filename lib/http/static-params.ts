// What generateStaticParams returns: the slugs to prerender at build, capped so a large dataset keeps the build short.

/** Pages prerendered by default per kind (and list pages per language); later ones render on their first visit and are cached. */
const DEFAULT_MAX_PRERENDERED = 1_000

/**
 * Pages of one kind prerendered at build: `PRERENDER_MAX` (a whole number ≥ 1, read by `next build`) or 1,000.
 * A smaller cap shortens the build of a large dataset; the pages left out cost their first reader one render.
 */
export function maxPrerendered(raw = process.env.PRERENDER_MAX): number {
  if (raw === undefined || raw === '') return DEFAULT_MAX_PRERENDERED
  if (!/^\d{1,7}$/.test(raw) || Number(raw) < 1) throw new Error(`PRERENDER_MAX must be a whole number from 1, not "${raw}"`)
  return Number(raw)
}

/**
 * Cache Components needs at least one entry to check a route at build; with no content yet, a placeholder that is
 * no valid slug stands in (it renders the 404 page, and is never linked).
 */
export const PLACEHOLDER_SLUG = '__none__'

export function staticSlugParams(slugs: Array<string | null>): Array<{slug: string}> {
  const known = slugs.filter((slug): slug is string => !!slug).slice(0, maxPrerendered())
  return known.length > 0 ? known.map((slug) => ({slug})) : [{slug: PLACEHOLDER_SLUG}]
}
