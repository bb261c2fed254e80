'use client'
// The site's one link component: it prefetches a page only when the reader shows intent (pointer over it, a touch,
// keyboard focus), not every link that scrolls into view — readers here often pay for their data by the megabyte.
// Paths are written once, in English form ("/news/x"), and land in the reader's language ("/es/news/x").
import NextLink from 'next/link'
import {useState, type ComponentProps} from 'react'
import {localeHref} from '@/lib/i18n/paths'
import {type Locale} from '@/lib/i18n/routing'
import {usePageLocale} from '@/components/layout/page-locale'

type LinkProps = Omit<ComponentProps<typeof NextLink>, 'href' | 'locale'> & {
  /** A site path in English form; the Studio's and the API's addresses are the same in every language. */
  href: string
  /** Another language than the page's (the language switch). */
  locale?: Locale
}

/** The Studio and the API have one address in every language. */
const SAME_IN_EVERY_LANGUAGE = /^\/(studio|api)(\/|$)/

/**
 * next/link with Next's documented hover-triggered prefetch (`prefetch={false}` until intent, then the default),
 * extended to touch and focus so phone and keyboard readers get the same head start. `prefetch={false}` turns it off.
 * The address goes through localeHref (next-intl's getPathname without its client runtime), which leaves English
 * unprefixed (no redirect hop to the root).
 */
export function Link({prefetch, onMouseEnter, onTouchStart, onFocus, locale, href, ...props}: LinkProps) {
  const [intent, setIntent] = useState(false)
  const pageLocale = usePageLocale()
  const target = SAME_IN_EVERY_LANGUAGE.test(href) ? href : localeHref(locale ?? pageLocale, href)
  if (prefetch === false)
    return <NextLink {...props} href={target} prefetch={false} onMouseEnter={onMouseEnter} onTouchStart={onTouchStart} onFocus={onFocus} />
  return (
    <NextLink
      {...props}
      href={target}
      prefetch={intent ? prefetch : false}
      onMouseEnter={(event) => {
        setIntent(true)
        onMouseEnter?.(event)
      }}
      onTouchStart={(event) => {
        setIntent(true)
        onTouchStart?.(event)
      }}
      onFocus={(event) => {
        setIntent(true)
        onFocus?.(event)
      }}
    />
  )
}
