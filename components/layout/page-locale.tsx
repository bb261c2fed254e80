'use client'
// The page's language for client components (links, the language switch, the error pages), set once by the layout:
// a plain React context instead of next-intl's provider (whose client runtime brings the ICU message formatter), and
// no route hook, so pages whose address is known only at request time still prerender.
import {createContext, useContext, type ReactNode} from 'react'
import {DEFAULT_LOCALE, type Locale} from '@/lib/i18n/routing'

const PageLocale = createContext<Locale>(DEFAULT_LOCALE)

export function PageLocaleProvider({locale, children}: {locale: Locale; children: ReactNode}) {
  return <PageLocale value={locale}>{children}</PageLocale>
}

/** The page's language; English outside every provider (the global 404, which is English). */
export function usePageLocale(): Locale {
  return useContext(PageLocale)
}
