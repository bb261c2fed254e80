// One news item: headline, date, dateline, lead, body, countries and topics.
import type {Metadata} from 'next'
import Link from 'next/link'
import {notFound} from 'next/navigation'
import {BodyText} from '@/components/news/portable-text'
import {NewsDate} from '@/components/news/news-date'
import {Container} from '@/components/ui/container'
import {getNewsItem} from '@/lib/content/news'
import {messages} from '@/lib/messages'
import {isSlug} from '@/lib/slug'

// No generateStaticParams: item pages render per request from cached content (the bundled dataset in memory, or
// Sanity's tagged data cache), so a large dataset does not lengthen the build, Sanity is never needed at build time,
// and an outage can answer 503 (an incrementally cached page cannot read the request it would need for that).

async function findItem(params: Promise<{slug: string}>) {
  const {slug} = await params
  return isSlug(slug) ? getNewsItem(slug) : null
}

export async function generateMetadata({params}: PageProps<'/news/[slug]'>): Promise<Metadata> {
  const item = await findItem(params)
  if (!item) return {title: messages.notFound.title}
  return {
    title: item.title ?? undefined,
    description: item.summary ?? undefined,
    alternates: {canonical: `/news/${item.slug}`},
  }
}

export default async function NewsItemPage({params}: PageProps<'/news/[slug]'>) {
  const item = await findItem(params)
  if (!item) notFound()
  const countries = item.countries ?? []
  const topics = item.topics ?? []
  return (
    <Container className="py-8">
      <article className="max-w-3xl">
        <p className="text-sm">
          <Link href="/news">← {messages.news.backToNews}</Link>
        </p>
        <h1 className="mt-3 text-3xl font-bold leading-tight">{item.title}</h1>
        <p className="mt-3 text-slate-700">
          {messages.news.published} <NewsDate value={item.publishedAt} />
        </p>
        <div className="mt-6 space-y-4 text-lg leading-relaxed">
          <p className="font-medium">
            {item.place && <span className="font-bold uppercase tracking-wide">{item.place} – </span>}
            {item.summary}
          </p>
          {item.body && item.body.length > 0 && <BodyText value={item.body} />}
        </div>
        <dl className="mt-8 grid gap-3 border-t border-slate-200 pt-6 text-slate-800 sm:grid-cols-[auto_1fr] sm:gap-x-6">
          {countries.length > 0 && (
            <>
              <dt className="font-semibold">{messages.news.countries}</dt>
              <dd>{countries.map((country) => country.name).join(', ')}</dd>
            </>
          )}
          {topics.length > 0 && (
            <>
              <dt className="font-semibold">{messages.news.topics}</dt>
              <dd>{topics.map((topic) => topic.title).join(', ')}</dd>
            </>
          )}
          {item.partners && item.partners.length > 0 && (
            <>
              <dt className="font-semibold">{messages.news.partners}</dt>
              <dd>{item.partners.join(', ')}</dd>
            </>
          )}
        </dl>
      </article>
    </Container>
  )
}
