'use client'
// The way to the other language on every page: the same page there (search words and filters kept), named in that
// language so a reader who does not read this one still recognises it.
import {useLocale, useTranslations} from 'next-intl'
import {useSearchParams} from 'next/navigation'
import {Suspense} from 'react'
import {Link} from '@/components/ui/link'
import {usePathname} from '@/lib/i18n/navigation'
import {otherLocale} from '@/lib/i18n/routing'

function SwitchLink({href}: {href: string}) {
  const t = useTranslations('language')
  const target = otherLocale(useLocale())
  return (
    <Link href={href} locale={target} hrefLang={target} lang={target} className="font-semibold">
      <span aria-hidden="true">{t('switchToShort')}</span>
      <span className="sr-only">{t('switchTo')}</span>
    </Link>
  )
}

function WithQuery({pathname}: {pathname: string}) {
  const query = useSearchParams().toString()
  return <SwitchLink href={query ? `${pathname}?${query}` : pathname} />
}

function SamePage() {
  const pathname = usePathname()
  // The query string is known only in the browser (pages are prerendered): the server HTML links the same path.
  return (
    <Suspense fallback={<SwitchLink href={pathname} />}>
      <WithQuery pathname={pathname} />
    </Suspense>
  )
}

export function LanguageSwitch() {
  // On addresses no page claims the path is known only in the browser too: until then, the other language's home.
  return (
    <Suspense fallback={<SwitchLink href="/" />}>
      <SamePage />
    </Suspense>
  )
}
