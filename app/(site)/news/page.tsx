// The news list, newest first, in pages.
import type {Metadata} from 'next'
import Link from 'next/link'
import {NewsCard} from '@/components/news/news-card'
import {Container} from '@/components/ui/container'
import {getNewsPage} from '@/lib/content/news'
import {messages} from '@/lib/messages'
import {parsePageParam} from '@/lib/page-param'

const PAGE_SIZE = 20

export const metadata: Metadata = {
  title: messages.news.title,
  description: messages.news.description,
  alternates: {canonical: '/news'},
}

export default async function NewsPage({searchParams}: PageProps<'/news'>) {
  const requested = parsePageParam((await searchParams).page)
  const first = await getNewsPage(requested, PAGE_SIZE)
  const pages = Math.max(1, Math.ceil(first.total / PAGE_SIZE))
  const page = Math.min(requested, pages)
  const {items, total} = page === requested ? first : await getNewsPage(page, PAGE_SIZE)
  return (
    <Container className="py-8">
      <h1 className="text-3xl font-bold">{messages.news.title}</h1>
      <p className="mt-2 text-slate-700">{messages.news.count(total)}</p>
      {items.length === 0 ? <p className="mt-6">{messages.news.empty}</p> : items.map((item) => <NewsCard key={item._id} item={item} />)}
      {pages > 1 && (
        <nav aria-label={messages.news.pagination} className="mt-6 flex items-center gap-4">
          {page > 1 && <Link href={`/news?page=${page - 1}`}>{messages.news.previous}</Link>}
          <span>{messages.news.pageOf(page, pages)}</span>
          {page < pages && <Link href={`/news?page=${page + 1}`}>{messages.news.next}</Link>}
        </nav>
      )}
    </Container>
  )
}
