// One topic: key figures, items per year, its items, the countries it covers, feed and share bar.
import type {Metadata} from 'next'
import Link from 'next/link'
import {notFound} from 'next/navigation'
import {CountList} from '@/components/collection/count-list'
import {FeedLink} from '@/components/collection/feed-link'
import {ItemsPerYearChart} from '@/components/collection/items-per-year-chart'
import {KeyFigures} from '@/components/collection/key-figures'
import {PageNav} from '@/components/collection/page-nav'
import {Breadcrumbs} from '@/components/layout/breadcrumbs'
import {NewsCard} from '@/components/news/news-card'
import {ShareBar} from '@/components/share/share-bar'
import {Container} from '@/components/ui/container'
import {getTopic, getTopicFacts, getTopicNews} from '@/lib/content/topics'
import {messages} from '@/lib/messages'
import {pageMetadata} from '@/lib/metadata'
import {parsePageParam} from '@/lib/page-param'
import {absoluteUrl} from '@/lib/site'
import {isSlug} from '@/lib/slug'

const PAGE_SIZE = 10

// Rendered on each request (never at build, so a large dataset does not lengthen it): the `?page=` list reads
// searchParams, which a statically cached page (generateStaticParams) cannot do without failing at run time.

async function findTopic(params: Promise<{slug: string}>) {
  const {slug} = await params
  return isSlug(slug) ? getTopic(slug) : null
}

function pageCount(total: number) {
  return Math.max(1, Math.ceil(total / PAGE_SIZE))
}

export async function generateMetadata({params, searchParams}: PageProps<'/topics/[slug]'>): Promise<Metadata> {
  const topic = await findTopic(params)
  if (!topic?.slug || !topic.title) return {title: messages.notFound.title}
  const facts = await getTopicFacts(topic._id)
  const page = Math.min(parsePageParam((await searchParams).page), pageCount(facts.count))
  const path = `/topics/${topic.slug}`
  return pageMetadata({
    title: page > 1 ? `${topic.title} – ${messages.news.pageOf(page, pageCount(facts.count))}` : topic.title,
    description: topic.description ?? messages.topics.pageDescription(topic.title, facts.count),
    path: page > 1 ? `${path}?page=${page}` : path,
    feed: {path: `${path}/feed.xml`, title: messages.feed.topic(topic.title)},
  })
}

export default async function TopicPage({params, searchParams}: PageProps<'/topics/[slug]'>) {
  const topic = await findTopic(params)
  if (!topic?.slug || !topic.title) notFound()
  const facts = await getTopicFacts(topic._id)
  const pages = pageCount(facts.count)
  const page = Math.min(parsePageParam((await searchParams).page), pages)
  const items = await getTopicNews(topic._id, page, PAGE_SIZE)
  const path = `/topics/${topic.slug}`
  return (
    <Container className="py-8">
      <Breadcrumbs
        trail={[
          {name: messages.nav.home, path: '/'},
          {name: messages.topics.title, path: '/topics'},
          {name: topic.title, path},
        ]}
      />
      <h1 className="mt-3 text-3xl font-bold sm:text-4xl">{topic.title}</h1>
      {topic.description && <p className="mt-3 max-w-2xl text-lg">{topic.description}</p>}
      <p className="mt-4 flex flex-wrap gap-x-6 gap-y-2 print:hidden">
        <FeedLink href={`${path}/feed.xml`} label={`${messages.feed.link}: ${messages.feed.topic(topic.title)}`} />
        <Link href={`/news?topic=${topic.slug}`}>{messages.topics.filterLink(topic.title)}</Link>
      </p>
      <KeyFigures
        count={facts.count}
        first={facts.first}
        latest={facts.latest}
        topLabel={messages.figures.topCountries}
        top={facts.topCountries.map((country) => ({label: country.name, href: `/countries/${country.slug}`, count: country.count}))}
      />
      <ItemsPerYearChart name={topic.title} perYear={facts.perYear} />
      <section aria-labelledby="items-heading" className="mt-8">
        <h2 id="items-heading" className="text-2xl font-bold">
          {messages.topics.newsHeading(topic.title)}
        </h2>
        {items.length === 0 ? (
          <p className="mt-4">{messages.topics.empty(topic.title)}</p>
        ) : (
          items.map((item) => <NewsCard key={item._id} item={item} headingLevel="h3" />)
        )}
        <PageNav page={page} pages={pages} basePath={path} />
      </section>
      {facts.countries.length > 0 && (
        <section aria-labelledby="countries-heading" className="mt-8">
          <h2 id="countries-heading" className="text-2xl font-bold">
            {messages.topics.countriesHeading}
          </h2>
          <CountList
            className="mt-3"
            links={facts.countries.map((country) => ({label: country.name, href: `/countries/${country.slug}`, count: country.count}))}
          />
        </section>
      )}
      <ShareBar url={absoluteUrl(path)} title={topic.title} />
    </Container>
  )
}
