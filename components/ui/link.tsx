'use client'
// The site's one link component: it prefetches a page only when the reader shows intent (pointer over it, a touch,
// keyboard focus), not every link that scrolls into view — readers here often pay for their data by the megabyte.
// Paths are written once, in English form ("/news/x"), and land in the reader's language (next-intl's Link).
import {useState, type ComponentProps} from 'react'
import {LocaleLink as NextLink} from '@/lib/i18n/navigation'
import {DEFAULT_LOCALE} from '@/lib/i18n/routing'

type LinkProps = ComponentProps<typeof NextLink>

/** The Studio and the API have one address in every language. */
const SAME_IN_EVERY_LANGUAGE = /^\/(studio|api)(\/|$)/

/**
 * next/link with Next's documented hover-triggered prefetch (`prefetch={false}` until intent, then the default),
 * extended to touch and focus so phone and keyboard readers get the same head start. `prefetch={false}` turns it off.
 */
export function Link({prefetch, onMouseEnter, onTouchStart, onFocus, locale, ...props}: LinkProps) {
  const [intent, setIntent] = useState(false)
  if (typeof props.href === 'string' && SAME_IN_EVERY_LANGUAGE.test(props.href)) locale = DEFAULT_LOCALE
  if (prefetch === false) return <NextLink {...props} locale={locale} prefetch={false} onMouseEnter={onMouseEnter} onTouchStart={onTouchStart} onFocus={onFocus} />
  return (
    <NextLink
      {...props}
      locale={locale}
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
