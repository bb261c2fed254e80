// A country's flag as an emoji, derived from its ISO 3166-1 code (regional indicator letters), so no images ship.
import {stegaClean} from '@sanity/client/stega'

const REGIONAL_INDICATOR_A = 0x1f1e6

/**
 * "SV" → "🇸🇻"; anything but two letters gives ''. In a draft preview the code arrives stega-encoded (invisible
 * click-to-edit characters), which are removed first.
 */
export function flagEmoji(isoCode: string | null | undefined): string {
  const code = stegaClean(isoCode)
  if (!code || !/^[A-Za-z]{2}$/.test(code)) return ''
  return String.fromCodePoint(...[...code.toUpperCase()].map((letter) => REGIONAL_INDICATOR_A + letter.charCodeAt(0) - 65))
}
