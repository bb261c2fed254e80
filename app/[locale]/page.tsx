// Home: a search box, the latest news, the most read items, and the topics and countries with how many items each has.
import type {Metadata} from 'next'
import {Link} from '@/components/ui/link'
import {MostRead} from '@/components/analytics/most-read'
import {CountList} from '@/components/collection/count-list'
import {FeedLink} from '@/components/collection/feed-link'
import {NewsCard} from '@/components/news/news-card'
import {SiteSearchBox} from '@/components/search/site-search-box'
import {chromeText} from '@/lib/i18n/chrome-text'
import {messagesFor} from '@/lib/i18n/messages'
import {Container} from '@/components/ui/container'
import {ContentScope} from '@/components/content/content-scope'
import {getCountriesWithCounts, getTopicsWithCounts} from '@/lib/content/reads/collections'
import type {FetchOptions} from '@/lib/content/source/fetch-options'
import {orUnavailable} from '@/lib/content/or-unavailable'
import {getLatestNews} from '@/lib/content/reads/news'
import {getLocale, getTranslations} from 'next-intl/server'
import {localePath} from '@/lib/i18n/navigation'
import {asLocale} from '@/lib/i18n/routing'
import {translator} from '@/lib/i18n/translator'
import {getSiteIdentity, getSiteText} from '@/lib/content/reads/settings'
import {pageMetadata} from '@/lib/seo/metadata'

const LATEST_COUNT = 6

export async function generateMetadata({params}: PageProps<'/[locale]'>): Promise<Metadata> {
  const locale = asLocale((await params).locale)
  const t = translator(locale)
  const [{name, description}, site] = await Promise.all([getSiteText(locale), getSiteIdentity(locale)])
  return {
    ...pageMetadata({locale, title: name, description, path: '/', feed: {path: '/feed.xml', title: t('feed.all', {site: name})}}, site),
    title: {absolute: name},
  }
}

export default function HomePage() {
  return <ContentScope render={(options) => <HomeContent options={options} />} />
}

async function HomeContent({options}: {options: FetchOptions}) {
  const t = await getTranslations()
  const locale = asLocale(await getLocale())
  const [latest, topics, countries] = await orUnavailable('/', () =>
    Promise.all([getLatestNews(LATEST_COUNT, options), getTopicsWithCounts(options), getCountriesWithCounts(options)]),
  )
  const topicLinks = topics
    .filter((topic) => topic.slug && topic.count > 0)
    .sort((a, b) => b.count - a.count)
    .map((topic) => ({label: topic.title, href: `/topics/${topic.slug}`, count: topic.count}))
  const countryLinks = countries
    .filter((country) => country.slug && country.count > 0)
    .sort((a, b) => b.count - a.count)
    .map((country) => ({label: country.name, href: `/countries/${country.slug}`, count: country.count}))
  return (
    <Container className="py-8">
      <h1 className="text-3xl font-bold text-slate-900">{t('home.title')}</h1>
      <p className="mt-2 max-w-2xl text-lg text-slate-700">{t('home.intro')}</p>
      <SiteSearchBox id="home-search" className="mt-6" locale={locale} text={chromeText(messagesFor(locale)).searchBox} />
      <div className="mt-8 grid gap-10 lg:grid-cols-[2fr_1fr]">
        <section aria-labelledby="latest-heading">
          <h2 id="latest-heading" className="text-2xl font-bold">
            {t('home.latest')}
          </h2>
          {latest.length === 0 ? (
            <p className="mt-4">{t('news.empty')}</p>
          ) : (
            latest.map((item) => <NewsCard key={item._id} item={item} headingLevel="h3" />)
          )}
          <p className="mt-6 flex flex-wrap gap-x-6 gap-y-2">
            <Link href="/news" className="font-semibold">
              {t('home.allNews')} →
            </Link>
            <FeedLink href={localePath(locale, '/feed.xml')} label={t('home.feed')} />
          </p>
        </section>
        <div className="space-y-10">
          <MostRead options={options} className="" />
          <section aria-labelledby="topics-heading">
            <h2 id="topics-heading" className="text-2xl font-bold">
              {t('home.topics')}
            </h2>
            <CountList className="mt-4" links={topicLinks} />
            <p className="mt-4">
              <Link href="/topics">{t('home.allTopics')} →</Link>
            </p>
          </section>
          <section aria-labelledby="countries-heading">
            <h2 id="countries-heading" className="text-2xl font-bold">
              {t('home.countries')}
            </h2>
            <CountList className="mt-4" links={countryLinks} />
            <p className="mt-4">
              <Link href="/countries">{t('home.allCountries')} →</Link>
            </p>
          </section>
        </div>
      </div>
    </Container>
  )
}
