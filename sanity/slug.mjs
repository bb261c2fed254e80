// One slug rule for the Studio's "Generate" button, the site's address checks, the bundled dataset and the bench's
// synthetic items. Plain JavaScript so the bench (plain Node) imports the very same rule; types in slug.d.mts.

const MAX_SLUG_LENGTH = 96

/**
 * Lower-case, accent-free, hyphenated words: "Migración laboral" → "migracion-laboral"; a long one cut at a word.
 * @param {string} text
 * @param {number} [maxLength]
 * @returns {string}
 */
export function slugify(text, maxLength = MAX_SLUG_LENGTH) {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  if (slug.length <= maxLength) return slug
  const cut = slug.slice(0, maxLength + 1)
  const lastHyphen = cut.lastIndexOf('-')
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, maxLength)).replace(/-+$/, '')
}

/** A slug as used in URLs: non-empty lower-case ASCII words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/**
 * @param {string} value
 * @returns {boolean}
 */
export function isSlug(value) {
  return value.length <= 200 && SLUG_PATTERN.test(value)
}
