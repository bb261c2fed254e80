// A link to another site: opens in a new tab, says so to screen readers and shows an arrow; underlined in running text.
import type {ReactNode} from 'react'
import {messages} from '@/lib/messages'

export function ExternalLink({href, children, className = 'underline'}: {href: string; children: ReactNode; className?: string}) {
  return (
    <a href={href} rel="noopener noreferrer" target="_blank" className={className}>
      {children}
      <span className="sr-only">{messages.news.externalLink}</span>
      <span aria-hidden="true"> ↗</span>
    </a>
  )
}
