// A visible link to a page's RSS feed (the page's <head> also announces it).
import {messages} from '@/lib/messages'

export function FeedLink({href, label = messages.feed.link}: {href: string; label?: string}) {
  return (
    <a href={href} type="application/rss+xml" className="inline-flex items-center gap-1 font-semibold">
      <span aria-hidden="true" className="inline-block h-3 w-3 rounded-sm bg-orange-600" />
      {label}
    </a>
  )
}
