// The pure part of slug history: which earlier web addresses a news item keeps when a new one is published.

type SlugLike = {current?: unknown} | null | undefined
type ItemLike = {_id: string; slug?: SlugLike; previousSlugs?: unknown} | null | undefined

function currentSlug(document: ItemLike): string | undefined {
  const slug = document?.slug?.current
  return typeof slug === 'string' && slug.trim() !== '' ? slug : undefined
}

/**
 * `{set: {previousSlugs}}` when publishing `draft` over `published` changes the item's web address: the published
 * address joins the earlier ones, and the new address leaves them (renaming back to an old address). Null when
 * nothing changes: a first publish, the same address, or an address already kept.
 */
export function previousSlugsPatch(draft: ItemLike, published: ItemLike): {set: {previousSlugs: string[]}} | null {
  if (!draft) return null
  const kept = Array.isArray(draft.previousSlugs) ? draft.previousSlugs.filter((slug): slug is string => typeof slug === 'string') : []
  const before = currentSlug(published)
  const after = currentSlug(draft)
  const next = [...new Set([...kept, ...(before && before !== after ? [before] : [])])].filter((slug) => slug !== after)
  const unchanged = next.length === kept.length && next.every((slug, index) => slug === kept[index])
  return unchanged ? null : {set: {previousSlugs: next}}
}
