// A visible link to a page's RSS feed (the page's <head> also announces it).
import {useTranslations} from 'next-intl'

export function FeedLink({href, label}: {href: string; label?: string}) {
  const t = useTranslations()
  return (
    <a href={href} type="application/rss+xml" className="inline-flex items-center gap-1 font-semibold">
      <span aria-hidden="true" className="inline-block h-3 w-3 rounded-sm bg-orange-600" />
      {label ?? t('feed.link')}
    </a>
  )
}
