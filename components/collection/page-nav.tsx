// Previous/next links between pages of a list; plain links, so crawlers and readers without JS follow them.
import Link from 'next/link'
import {messages} from '@/lib/messages'

export function PageNav({page, pages, basePath}: {page: number; pages: number; basePath: string}) {
  if (pages <= 1) return null
  const href = (target: number) => (target === 1 ? basePath : `${basePath}?page=${target}`)
  return (
    <nav aria-label={messages.news.pagination} className="mt-6 flex flex-wrap items-center gap-4 print:hidden">
      {page > 1 && <Link href={href(page - 1)}>← {messages.news.previous}</Link>}
      <span>{messages.news.pageOf(page, pages)}</span>
      {page < pages && <Link href={href(page + 1)}>{messages.news.next} →</Link>}
    </nav>
  )
}
