'use client'
// The way to the other language on every page: the same page there (search words and filters kept), named in that
// language so a reader who does not read this one still recognises it.
import {useLocale, useTranslations} from 'next-intl'
import {useSearchParams} from 'next/navigation'
import {Suspense} from 'react'
import {Link} from '@/components/ui/link'
import {usePathname} from '@/lib/i18n/navigation'
import {otherLocale} from '@/lib/i18n/routing'

function SwitchLink({query}: {query: string}) {
  const t = useTranslations('language')
  const locale = useLocale()
  const pathname = usePathname()
  const target = otherLocale(locale)
  return (
    <Link href={`${pathname}${query}`} locale={target} hrefLang={target} lang={target} className="font-semibold">
      <span aria-hidden="true">{t('switchToShort')}</span>
      <span className="sr-only">{t('switchTo')}</span>
    </Link>
  )
}

function SwitchLinkWithQuery() {
  const query = useSearchParams().toString()
  return <SwitchLink query={query ? `?${query}` : ''} />
}

export function LanguageSwitch() {
  // The query string is known only in the browser (pages are prerendered): until then the link keeps the path.
  return (
    <Suspense fallback={<SwitchLink query="" />}>
      <SwitchLinkWithQuery />
    </Suspense>
  )
}
