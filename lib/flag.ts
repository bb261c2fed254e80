// A country's flag as an emoji, derived from its ISO 3166-1 code (regional indicator letters), so no images ship.

const REGIONAL_INDICATOR_A = 0x1f1e6

/** "SV" → "🇸🇻"; anything but two letters gives ''. */
export function flagEmoji(isoCode: string | null | undefined): string {
  if (!isoCode || !/^[A-Za-z]{2}$/.test(isoCode)) return ''
  return String.fromCodePoint(...[...isoCode.toUpperCase()].map((letter) => REGIONAL_INDICATOR_A + letter.charCodeAt(0) - 65))
}
