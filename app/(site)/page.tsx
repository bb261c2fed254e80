// Home: the latest news and a way into the full list.
import Link from 'next/link'
import {NewsCard} from '@/components/news/news-card'
import {Container} from '@/components/ui/container'
import {getLatestNews} from '@/lib/content/news'
import {messages} from '@/lib/messages'

const LATEST_COUNT = 6

export default async function HomePage() {
  const latest = await getLatestNews(LATEST_COUNT)
  return (
    <Container className="py-8">
      <h1 className="text-3xl font-bold text-slate-900">{messages.home.title}</h1>
      <p className="mt-2 max-w-2xl text-lg text-slate-700">{messages.home.intro}</p>
      <section aria-labelledby="latest-heading" className="mt-8">
        <h2 id="latest-heading" className="text-2xl font-bold">
          {messages.home.latest}
        </h2>
        {latest.length === 0 ? (
          <p className="mt-4">{messages.news.empty}</p>
        ) : (
          latest.map((item) => <NewsCard key={item._id} item={item} headingLevel="h3" />)
        )}
        <p className="mt-6">
          <Link href="/news" className="font-semibold">
            {messages.home.allNews} →
          </Link>
        </p>
      </section>
    </Container>
  )
}
