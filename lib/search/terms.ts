// How search sees words, per language of the text: English words with accents folded, case ignored and English and
// Spanish plurals reduced to one key (as before Spanish); Spanish words with Spanish stop words and Snowball's Spanish
// stemmer (@orama/stemmers), their keys marked "es:" so each language's items are matched by their own rules.
import {stemmer as spanishStemmer} from '@orama/stemmers/spanish'

export type TextLanguage = 'en' | 'es'

/** Marks Spanish keys: a Spanish stem never meets an English key by accident, and the query tries both. */
const SPANISH_KEY = 'es:'

/** Spanish words too common to tell items apart (articles, prepositions, conjunctions, common verbs), accents folded. */
const SPANISH_STOP_WORDS = new Set(
  (
    'a al algo ante antes como con contra cual cuando de del desde donde durante e el ella ellas ellos en entre era es esa ' +
    'ese eso esta estan estas este esto estos fue fueron ha han hasta hay la las le les lo los mas me mi muy ni no nos o ' +
    'otra otro otros para pero por porque que quien se sea ser si sin sobre son su sus tambien tiene todo todos tras u un ' +
    'una uno unos y ya'
  ).split(' '),
)

/** Words too common to tell items apart, in English and Spanish; dropped from the index and from queries of English text. */
const STOP_WORDS = new Set(
  (
    'a an and are as at be by for from has have in is it its of on or that the their this to was were will with ' +
    'al con de del el en es la las los para por que se su sus un una y'
  ).split(' '),
)

const WORD = /[\p{L}\p{N}]+/gu

/** "Migración" → "migracion". */
export function foldAccents(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
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

/** The key of one word of an English text, or null for a stop word; each word is folded once. */
function englishKey(token: string): string | null {
  const folded = foldAccents(token)
  return folded && !STOP_WORDS.has(folded) ? reducePlural(folded) : null
}

/** The key of one word of a Spanish text ("trabajadoras" → "es:trabaj"), or null for a stop word. */
function spanishKey(token: string): string | null {
  const folded = foldAccents(token)
  if (!folded || SPANISH_STOP_WORDS.has(folded)) return null
  // The stemmer knows Spanish accents, so it reads the word as written; numbers and short words stay whole.
  const stem = /\d/.test(folded) || folded.length < 4 ? folded : foldAccents(spanishStemmer(token.toLowerCase()))
  return `${SPANISH_KEY}${stem}`
}

/**
 * Spanish words readers use for what the site's Spanish names call otherwise: "reclutamiento ético" is the site's
 * "Contratación ética" (both usual in the region). A query word with the first key also looks for the others.
 */
const SPANISH_SYNONYMS: ReadonlyMap<string, string[]> = new Map(
  ([['reclutamiento', 'contratación']] as const).map(([word, synonym]) => [spanishKey(word)!, [spanishKey(synonym)!]]),
)

function wordKey(token: string, language: TextLanguage): string | null {
  return language === 'es' ? spanishKey(token) : englishKey(token)
}

/** The letters of a key, without its language mark: prefix matching and typos count these. */
export function keyLength(key: string): number {
  return key.startsWith(SPANISH_KEY) ? key.length - SPANISH_KEY.length : key.length
}

/** Search terms of a text in its language: keys without stop words. */
export function searchTerms(text: string, language: TextLanguage = 'en'): string[] {
  const keys: string[] = []
  for (const match of text.matchAll(WORD)) {
    const key = wordKey(match[0], language)
    if (key) keys.push(key)
  }
  return keys
}

/**
 * The words of a query, each as the keys it has in either language (its English key, its Spanish one), so that
 * English items match by English rules and Spanish items by Spanish rules; a stop word of either language is dropped
 * ("the", "de"), as too common to search for.
 */
export function queryWords(text: string): string[][] {
  const found: string[][] = []
  for (const match of text.matchAll(WORD)) {
    const english = englishKey(match[0])
    const spanish = spanishKey(match[0])
    if (english !== null && spanish !== null) found.push([english, spanish, ...(SPANISH_SYNONYMS.get(spanish) ?? [])])
  }
  return found
}

export type HighlightSegment = {text: string; match: boolean}

/** Splits a text into plain and matched parts; a word matches when its key (in the text's language) is one of `matchedTerms`. */
export function highlight(text: string, matchedTerms: ReadonlySet<string>, language: TextLanguage = 'en'): HighlightSegment[] {
  if (matchedTerms.size === 0 || !text) return [{text, match: false}]
  const segments: HighlightSegment[] = []
  let cursor = 0
  for (const {word, start, end} of words(text)) {
    const key = wordKey(word, language)
    if (!key || !matchedTerms.has(key)) continue
    if (start > cursor) segments.push({text: text.slice(cursor, start), match: false})
    segments.push({text: word, match: true})
    cursor = end
  }
  if (cursor < text.length) segments.push({text: text.slice(cursor), match: false})
  return segments
}
