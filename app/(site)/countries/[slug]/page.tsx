// The country page stakeholders share: flag, key figures, items per year, its items, topics, feed and share bar.
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
import {getCountry, getCountryFacts, getCountryNews} from '@/lib/content/countries'
import {flagEmoji} from '@/lib/flag'
import {messages} from '@/lib/messages'
import {pageMetadata} from '@/lib/metadata'
import {parsePageParam} from '@/lib/page-param'
import {absoluteUrl} from '@/lib/site'
import {isSlug} from '@/lib/slug'

const PAGE_SIZE = 10

// Rendered on each request (never at build, so a large dataset does not lengthen it): the `?page=` list reads
// searchParams, which a statically cached page (generateStaticParams) cannot do without failing at run time.

async function findCountry(params: Promise<{slug: string}>) {
  const {slug} = await params
  return isSlug(slug) ? getCountry(slug) : null
}

function pageCount(total: number) {
  return Math.max(1, Math.ceil(total / PAGE_SIZE))
}

export async function generateMetadata({params, searchParams}: PageProps<'/countries/[slug]'>): Promise<Metadata> {
  const country = await findCountry(params)
  if (!country?.slug || !country.name) return {title: messages.notFound.title}
  const facts = await getCountryFacts(country._id)
  const page = Math.min(parsePageParam((await searchParams).page), pageCount(facts.count))
  const path = `/countries/${country.slug}`
  return pageMetadata({
    title: page > 1 ? `${country.name} – ${messages.news.pageOf(page, pageCount(facts.count))}` : country.name,
    description: country.description ?? messages.countries.pageDescription(country.name, facts.count),
    path: page > 1 ? `${path}?page=${page}` : path,
    image: {path: `${path}/og-image`, alt: country.name},
    feed: {path: `${path}/feed.xml`, title: messages.feed.country(country.name)},
  })
}

export default async function CountryPage({params, searchParams}: PageProps<'/countries/[slug]'>) {
  const country = await findCountry(params)
  if (!country?.slug || !country.name) notFound()
  const facts = await getCountryFacts(country._id)
  const pages = pageCount(facts.count)
  const page = Math.min(parsePageParam((await searchParams).page), pages)
  const items = await getCountryNews(country._id, page, PAGE_SIZE)
  const path = `/countries/${country.slug}`
  const flag = flagEmoji(country.isoCode)
  return (
    <Container className="py-8">
      <Breadcrumbs
        trail={[
          {name: messages.nav.home, path: '/'},
          {name: messages.countries.title, path: '/countries'},
          {name: country.name, path},
        ]}
      />
      <div className="mt-3 flex items-center gap-3">
        {flag && (
          <span role="img" aria-label={messages.countries.flag(country.name)} className="text-5xl leading-none">
            {flag}
          </span>
        )}
        <h1 className="text-3xl font-bold sm:text-4xl">{country.name}</h1>
      </div>
      {country.region && <p className="mt-2 text-slate-700">{country.region}</p>}
      {country.description && <p className="mt-3 max-w-2xl text-lg">{country.description}</p>}
      <p className="mt-4 flex flex-wrap gap-x-6 gap-y-2 print:hidden">
        <FeedLink href={`${path}/feed.xml`} label={`${messages.feed.link}: ${messages.feed.country(country.name)}`} />
        <Link href={`/news?country=${country.slug}`}>{messages.countries.filterLink(country.name)}</Link>
      </p>
      <KeyFigures
        count={facts.count}
        first={facts.first}
        latest={facts.latest}
        topLabel={messages.figures.topTopics}
        top={facts.topTopics.map((topic) => ({label: topic.title, href: `/topics/${topic.slug}`, count: topic.count}))}
      />
      <ItemsPerYearChart name={country.name} perYear={facts.perYear} />
      <section aria-labelledby="items-heading" className="mt-8">
        <h2 id="items-heading" className="text-2xl font-bold">
          {messages.countries.newsHeading(country.name)}
        </h2>
        {items.length === 0 ? (
          <p className="mt-4">{messages.countries.empty(country.name)}</p>
        ) : (
          items.map((item) => <NewsCard key={item._id} item={item} headingLevel="h3" />)
        )}
        <PageNav page={page} pages={pages} basePath={path} />
      </section>
      {facts.topics.length > 0 && (
        <section aria-labelledby="topics-heading" className="mt-8">
          <h2 id="topics-heading" className="text-2xl font-bold">
            {messages.countries.topicsHeading}
          </h2>
          <CountList
            className="mt-3"
            links={facts.topics.map((topic) => ({label: topic.title, href: `/topics/${topic.slug}`, count: topic.count}))}
          />
        </section>
      )}
      <ShareBar url={absoluteUrl(path)} title={country.name} />
    </Container>
  )
}
