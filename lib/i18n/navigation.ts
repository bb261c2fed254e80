// Addresses per language for server code: "/news/x" in English, "/es/news/x" in Spanish. Not next-intl's
// createNavigation: its module references next-intl's client Link, which put use-intl and the ICU message formatter
// into every page's JavaScript although no page renders that Link (lib/i18n/paths.test.ts checks the same results).
import {localeHref} from './paths'
import type {Locale} from './routing'

/** A site path ("/news/x", "/countries?y") in the given language. */
export function localePath(locale: Locale, path: string): string {
  return localeHref(locale, path)
}
