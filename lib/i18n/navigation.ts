// Addresses per language, from next-intl's navigation APIs: "/news/x" in English, "/es/news/x" in Spanish.
import {createNavigation} from 'next-intl/navigation'
import {routing, type Locale} from './routing'

export const {getPathname, usePathname, useRouter} = createNavigation(routing)

/** A site path ("/news/x", "/countries?y") in the given language. */
export function localePath(locale: Locale, path: string): string {
  return getPathname({locale, href: path})
}
