// Addresses per language without next-intl's client runtime (its hooks bring the ICU message formatter into every
// page's JavaScript): the same results as next-intl's getPathname for this site's routing, checked by a test.
import {DEFAULT_LOCALE, isLocale, type Locale} from './routing'

/** A site path in English form ("/news/x?q=y") in the given language ("/es/news/x?q=y"); English stays unprefixed. */
export function localeHref(locale: Locale, href: string): string {
  if (locale === DEFAULT_LOCALE) return href
  const [path, rest = ''] = splitPath(href)
  return `/${locale}${path === '/' ? '' : path}${rest}`
}

/**
 * The language of an address and its path in English form ("/es/news/x" → es, "/news/x"). The server's prerender
 * sees English pages at their rewritten "/en/…" path (vercel/next.js#73085, as next-intl's usePathname handles it).
 */
export function splitLocale(pathname: string): {locale: Locale; path: string} {
  const first = pathname.split('/')[1]
  if (isLocale(first)) return {locale: first, path: pathname.slice(first.length + 1) || '/'}
  return {locale: DEFAULT_LOCALE, path: pathname || '/'}
}

function splitPath(href: string): [string, string] {
  const index = href.search(/[?#]/)
  return index === -1 ? [href, ''] : [href.slice(0, index) || '/', href.slice(index)]
}
