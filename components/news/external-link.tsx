// A link to another site: opens in a new tab, says so to screen readers and shows an arrow; underlined in running text.
import type {ReactNode} from 'react'
import {useTranslations} from 'next-intl'

export function ExternalLink({href, children, className = 'underline'}: {href: string; children: ReactNode; className?: string}) {
  const t = useTranslations('news')
  return (
    <a href={href} rel="noopener noreferrer" target="_blank" className={className}>
      {children}
      <span className="sr-only">{t('externalLink')}</span>
      <span aria-hidden="true"> ↗</span>
    </a>
  )
}
