// Slug history: which item an earlier web address now belongs to, decided from the list of every item's addresses.
import {stegaClean} from '@sanity/client/stega'

export type AddressRow = {slug: string | null; _updatedAt: string; previousSlugs?: string[] | null}

/**
 * The current slug of the item that used to answer at `slug`, or null. An address that is some item's current one is
 * never a redirect (that item answers there); when several items once had it, the one changed most recently wins.
 */
export function currentSlugFor(rows: readonly AddressRow[], slug: string): string | null {
  if (rows.some((row) => row.slug === slug)) return null
  let found: AddressRow | undefined
  for (const row of rows) {
    // In a draft preview the earlier addresses arrive stega-encoded (array items are not in the client's skip list).
    if (!row.slug || !stegaClean(row.previousSlugs)?.includes(slug)) continue
    if (!found || row._updatedAt > found._updatedAt) found = row
  }
  return found?.slug ?? null
}
