// How search sees words: accents folded, case ignored, English and Spanish plurals reduced to one key.

/** Words too common to tell items apart, in English and Spanish; dropped from the index and from queries. */
const STOP_WORDS = new Set(
  (
    'a an and are as at be by for from has have in is it its of on or that the their this to was were will with ' +
    'al con de del el en es la las los para por que se su sus un una y'
  ).split(' '),
)

const WORD = /[\p{L}\p{N}]+/gu

/** "Migración" → "migracion". */
export function foldAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase()
}

/**
 * One key for a word and its plural: "migrants" and "migrant", "trabajadores" and "trabajador",
 * "países" and "país", "policies" and "policy" all meet. Applied the same way to the index and the query.
 */
export function termKey(word: string): string {
  return reducePlural(foldAccents(word))
}

/** termKey's plural rules, for a word already folded. */
function reducePlural(folded: string): string {
  if (folded.length < 4 || /\d/.test(folded)) return folded
  if (folded.endsWith('ies')) return `${folded.slice(0, -3)}y`
  if (folded.endsWith('ss') || folded.endsWith('us') || folded.endsWith('is')) return folded
  if (folded.endsWith('es')) return folded.slice(0, -2)
  if (folded.endsWith('s')) return folded.slice(0, -1).replace(/e$/, '')
  return folded.replace(/e$/, '')
}

/** The words of a text, as written (for highlighting) and as keys (for matching). */
export function words(text: string): Array<{word: string; start: number; end: number}> {
  return Array.from(text.matchAll(WORD), (match) => ({word: match[0], start: match.index, end: match.index + match[0].length}))
}

/** The key of one word, or null for a stop word; each word is folded once. */
function wordKey(token: string): string | null {
  const folded = foldAccents(token)
  return folded && !STOP_WORDS.has(folded) ? reducePlural(folded) : null
}

/** Search terms of a text: keys without stop words. */
export function searchTerms(text: string): string[] {
  const keys: string[] = []
  for (const match of text.matchAll(WORD)) {
    const key = wordKey(match[0])
    if (key) keys.push(key)
  }
  return keys
}

export type HighlightSegment = {text: string; match: boolean}

/** Splits a text into plain and matched parts; a word matches when its key is one of `matchedTerms`. */
export function highlight(text: string, matchedTerms: ReadonlySet<string>): HighlightSegment[] {
  if (matchedTerms.size === 0 || !text) return [{text, match: false}]
  const segments: HighlightSegment[] = []
  let cursor = 0
  for (const {word, start, end} of words(text)) {
    const key = wordKey(word)
    if (!key || !matchedTerms.has(key)) continue
    if (start > cursor) segments.push({text: text.slice(cursor, start), match: false})
    segments.push({text: word, match: true})
    cursor = end
  }
  if (cursor < text.length) segments.push({text: text.slice(cursor), match: false})
  return segments
}
