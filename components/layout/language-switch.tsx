'use client'
// The way to the other language on every page: the same page there (search words and filters kept), named in that
// language so a reader who does not read this one still recognises it. Its text comes from the server as props.
import {usePathname, useSearchParams} from 'next/navigation'
import {Suspense} from 'react'
import {Link} from '@/components/ui/link'
import type {LanguageSwitchText} from '@/lib/i18n/chrome-text'
import {splitLocale} from '@/lib/i18n/paths'
import {otherLocale} from '@/lib/i18n/routing'
import {usePageLocale} from '@/components/layout/page-locale'

function SwitchLink({href, text}: {href: string; text: LanguageSwitchText}) {
  const target = otherLocale(usePageLocale())
  return (
    <Link href={href} locale={target} hrefLang={target} lang={target} className="font-semibold">
      <span aria-hidden="true">{text.switchToShort}</span>
      <span className="sr-only">{text.switchTo}</span>
    </Link>
  )
}

function WithQuery({pathname, text}: {pathname: string; text: LanguageSwitchText}) {
  const query = useSearchParams()?.toString() ?? ''
  return <SwitchLink href={query ? `${pathname}?${query}` : pathname} text={text} />
}

function SamePage({text}: {text: LanguageSwitchText}) {
  const pathname = splitLocale(usePathname() ?? '/').path
  // The query string is known only in the browser (pages are prerendered): the server HTML links the same path.
  return (
    <Suspense fallback={<SwitchLink href={pathname} text={text} />}>
      <WithQuery pathname={pathname} text={text} />
    </Suspense>
  )
}

export function LanguageSwitch({text}: {text: LanguageSwitchText}) {
  // On addresses no page claims the path is known only in the browser too: until then, the other language's home.
  return (
    <Suspense fallback={<SwitchLink href="/" text={text} />}>
      <SamePage text={text} />
    </Suspense>
  )
}
