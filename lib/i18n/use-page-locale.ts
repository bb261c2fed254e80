// The page's language in client components, from the [locale] route segment (English addresses are rewritten to
// /en/…), so the browser needs no next-intl provider; outside the segment (the global error and 404 documents), from
// the address itself.
import {useParams, usePathname} from 'next/navigation'
import {splitLocale} from './paths'
import {isLocale, type Locale} from './routing'

export function usePageLocale(): Locale {
  const segment = useParams<{locale?: string}>()?.locale
  const pathname = usePathname()
  return isLocale(segment) ? segment : splitLocale(pathname ?? '/').locale
}
