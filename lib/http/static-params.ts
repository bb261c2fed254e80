// What generateStaticParams returns: the slugs to prerender at build, capped so a large dataset keeps the build short.

/** Pages of one kind prerendered at build; later ones render on their first visit and are cached from then on. */
export const MAX_PRERENDERED = 1_000

/**
 * Cache Components needs at least one entry to check a route at build; with no content yet, a placeholder that is
 * no valid slug stands in (it renders the 404 page, and is never linked).
 */
export const PLACEHOLDER_SLUG = '__none__'

export function staticSlugParams(slugs: Array<string | null>): Array<{slug: string}> {
  const known = slugs.filter((slug): slug is string => !!slug).slice(0, MAX_PRERENDERED)
  return known.length > 0 ? known.map((slug) => ({slug})) : [{slug: PLACEHOLDER_SLUG}]
}
