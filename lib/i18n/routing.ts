// The portal's languages: English at the root (every existing address unchanged), Spanish under /es (next-intl's
// as-needed prefix). No language detection: an address always shows one language, so caches never vary by browser.
import {defineRouting} from 'next-intl/routing'

export const routing = defineRouting({
  locales: ['en', 'es'],
  defaultLocale: 'en',
  localePrefix: 'as-needed',
  localeDetection: false,
  // No cookie (responses stay cacheable) and no Link header (an item's slug differs per language; pages say it themselves).
  localeCookie: false,
  alternateLinks: false,
})

export type Locale = (typeof routing.locales)[number]

/** The Intl locale each language formats dates and numbers with: British day-month-year order for English, as before. */
export const INTL_LOCALES: Record<Locale, string> = {en: 'en-GB', es: 'es'}

export const LOCALES: readonly Locale[] = routing.locales
export const DEFAULT_LOCALE: Locale = routing.defaultLocale

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value)
}

/** The other language of a page: the language switch offers one link, so a third language would need a menu instead. */
export function otherLocale(locale: Locale): Locale {
  return locale === 'en' ? 'es' : 'en'
}

/** The [locale] segment's value as a language (the root layout already answers 404 for anything else). */
export function asLocale(value: string): Locale {
  return isLocale(value) ? value : DEFAULT_LOCALE
}

/** The language a document is written in: its `language` field, English for documents from before there was one. */
export function contentLanguage(value: string | null | undefined): Locale {
  return isLocale(value) ? value : DEFAULT_LOCALE
}
