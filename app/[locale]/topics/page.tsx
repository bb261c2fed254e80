// The topic index: every topic with its description and number of items.
import type {Metadata} from 'next'
import {Link} from '@/components/ui/link'
import {Breadcrumbs} from '@/components/layout/breadcrumbs'
import {Container} from '@/components/ui/container'
import {ContentScope} from '@/components/content/content-scope'
import {getTopicsWithCounts} from '@/lib/content/reads/collections'
import type {FetchOptions} from '@/lib/content/source/fetch-options'
import {orUnavailable} from '@/lib/content/or-unavailable'
import {getTranslations} from 'next-intl/server'
import {asLocale} from '@/lib/i18n/routing'
import {translator} from '@/lib/i18n/translator'
import {getSiteIdentity} from '@/lib/content/reads/settings'
import {pageMetadata} from '@/lib/seo/metadata'

export async function generateMetadata({params}: PageProps<'/[locale]/topics'>): Promise<Metadata> {
  const locale = asLocale((await params).locale)
  const t = translator(locale)
  return pageMetadata({locale, title: t('topics.title'), description: t('topics.description'), path: '/topics'}, await getSiteIdentity(locale))
}

export default function TopicsPage() {
  return <ContentScope render={(options) => <TopicsContent options={options} />} />
}

async function TopicsContent({options}: {options: FetchOptions}) {
  const t = await getTranslations()
  const topics = (await orUnavailable('/topics', () => getTopicsWithCounts(options))).filter((topic) => topic.slug)
  return (
    <Container className="py-8">
      <Breadcrumbs
        trail={[
          {name: t('nav.home'), path: '/'},
          {name: t('topics.title'), path: '/topics'},
        ]}
      />
      <h1 className="mt-3 text-3xl font-bold">{t('topics.title')}</h1>
      <p className="mt-2 max-w-2xl text-lg text-slate-700">{t('topics.description')}</p>
      <ul className="mt-6 grid gap-4 md:grid-cols-2">
        {topics.map((topic) => (
          <li key={topic._id} className="rounded border border-slate-200 p-4">
            <h2 className="text-xl font-semibold">
              <Link href={`/topics/${topic.slug}`}>{topic.title}</Link>
            </h2>
            <p className="mt-1 text-sm text-slate-700">{topic.count === 0 ? t('countries.noNews') : t('itemCount', {count: topic.count})}</p>
            {topic.description && <p className="mt-2">{topic.description}</p>}
          </li>
        ))}
      </ul>
    </Container>
  )
}
