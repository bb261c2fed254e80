'use client'
// The site's one link component: it prefetches a page only when the reader shows intent (pointer over it, a touch,
// keyboard focus), not every link that scrolls into view — readers here often pay for their data by the megabyte.
import NextLink from 'next/link'
import {useState, type ComponentProps} from 'react'

type LinkProps = ComponentProps<typeof NextLink>

/**
 * next/link with Next's documented hover-triggered prefetch (`prefetch={false}` until intent, then the default),
 * extended to touch and focus so phone and keyboard readers get the same head start. `prefetch={false}` turns it off.
 */
export function Link({prefetch, onMouseEnter, onTouchStart, onFocus, ...props}: LinkProps) {
  const [intent, setIntent] = useState(false)
  if (prefetch === false) return <NextLink {...props} prefetch={false} onMouseEnter={onMouseEnter} onTouchStart={onTouchStart} onFocus={onFocus} />
  return (
    <NextLink
      {...props}
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
