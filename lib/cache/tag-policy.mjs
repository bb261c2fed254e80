// Which cache tags may be expired in this process: the project's own tag grammar only (security review 2026-12-05, N1/N11).
// @ts-check

const KIND = '(?:news|country|topic)'

/**
 * What the webhook expires (lib/content/cache-tags.ts): a kind's lists, a document of a kind (its slug as Sanity
 * stores it, so any characters but spaces and commas, which split Next's tag header), the unknown-slug lists and the
 * fixed support tags (settings, contacts); keep it in step with that module. Sanity's sync tags (`sanity:…`) are never expired here: readers' pages only refresh on a Live
 * event, and the signed webhook expires our tags on the same entries.
 */
const OUR_TAG = new RegExp(`^(?:all:${KIND}|unknown:${KIND}|${KIND}:[^\\s,]{1,200}|settings|contacts)$`)

/** @param {unknown} tag @returns {tag is string} */
export function isExpirableTag(tag) {
  return typeof tag === 'string' && tag.length <= 220 && OUR_TAG.test(tag)
}

/**
 * The tags of a call that may be expired, each once. Anything else is dropped without a word: a caller that sends
 * invented names (next-sanity's own Live action is still registered and callable) grows neither Next's process-wide
 * tag table nor the shared one in Redis.
 * @param {readonly unknown[]} tags
 * @returns {string[]}
 */
export function expirableTags(tags) {
  return [...new Set(tags.filter(isExpirableTag))]
}
