// The alerts page: every country and topic to choose from; cached like every public page (the form posts to /api/alerts/subscribe).
import type {Metadata} from 'next'
import {SubscribeForm} from '@/components/alerts/subscribe-form'
import {ContentScope} from '@/components/content/content-scope'
import {Container} from '@/components/ui/container'
import {getCountries, getTopics} from '@/lib/content/reads/collections'
import type {FetchOptions} from '@/lib/content/source/fetch-options'
import {orUnavailable} from '@/lib/content/or-unavailable'
import {getSiteIdentity} from '@/lib/content/reads/settings'
import {asLocale} from '@/lib/i18n/routing'
import {translator} from '@/lib/i18n/translator'
import {pageMetadata} from '@/lib/seo/metadata'

export async function generateMetadata({params}: PageProps<'/[locale]/alerts'>): Promise<Metadata> {
  const locale = asLocale((await params).locale)
  const t = translator(locale)
  return pageMetadata({locale, title: t('alerts.pageTitle'), description: t('alerts.pageDescription'), path: '/alerts'}, await getSiteIdentity(locale))
}

export default function AlertsPage() {
  return <ContentScope render={(options) => <AlertsContent options={options} />} />
}

async function AlertsContent({options}: {options: FetchOptions}) {
  const {locale} = options
  const t = translator(locale)
  const [countries, topics] = await Promise.all([orUnavailable('/alerts', () => getCountries(options)), orUnavailable('/alerts', () => getTopics(options))])
  return (
    <Container className="py-8">
      <h1 className="text-3xl font-bold">{t('alerts.pageTitle')}</h1>
      <p className="mt-2 max-w-2xl text-lg text-slate-700">{t('alerts.pageDescription')}</p>
      <SubscribeForm
        locale={locale}
        intro={t('alerts.formIntroPage')}
        countries={countries.flatMap((country) => (country.slug ? [{slug: country.slug, name: country.name ?? country.slug}] : []))}
        topics={topics.flatMap((topic) => (topic.slug ? [{slug: topic.slug, name: topic.title ?? topic.slug}] : []))}
      />
    </Container>
  )
}
