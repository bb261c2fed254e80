// The shared interface text reaches the browser unformatted: each string must read the same raw as ICU-formatted.
import {createTranslator} from 'next-intl'
import {describe, expect, it} from 'vitest'
import {chromeText} from './chrome-text'
import {messagesFor} from './messages'
import {LOCALES, type Locale} from './routing'

function strings(value: unknown, path = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]]
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) => strings(child, path ? `${path}.${key}` : key))
}

/** What next-intl renders for this message, with no arguments (ICU syntax left unresolved falls back to the key). */
function formatted(message: string, locale: Locale): string {
  return createTranslator({locale, messages: {message}, onError: () => undefined})('message')
}

describe('chromeText', () => {
  for (const locale of LOCALES) {
    it(`${locale}: every string is plain text, the same once formatted as ICU`, () => {
      const picked = strings(chromeText(messagesFor(locale)))
      expect(picked.length).toBeGreaterThan(15)
      for (const [path, raw] of picked) {
        expect(raw.trim(), path).not.toBe('')
        expect(formatted(raw, locale), path).toBe(raw)
      }
    })
  }

  it('fails for a string with an ICU argument (the check can fail)', () => {
    expect(formatted("It''s {total, number}", 'en')).not.toBe("It''s {total, number}")
  })
})
