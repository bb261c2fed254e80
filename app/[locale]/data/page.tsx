// /data: the open data API and the list downloads explained to partners, with curl examples that work as printed.
import type {Metadata} from 'next'
import {getTranslations} from 'next-intl/server'
import {Breadcrumbs} from '@/components/layout/breadcrumbs'
import {Container} from '@/components/ui/container'
import {getSiteIdentity} from '@/lib/content/reads/settings'
import {DEFAULT_PER_PAGE, MAX_PER_PAGE} from '@/lib/api/news-params'
import {asLocale, type Locale} from '@/lib/i18n/routing'
import {translator} from '@/lib/i18n/translator'
import {pageMetadata} from '@/lib/seo/metadata'
import {absoluteUrl} from '@/lib/http/site'

export async function generateMetadata({params}: PageProps<'/[locale]/data'>): Promise<Metadata> {
  const locale = asLocale((await params).locale)
  const t = translator(locale)
  return pageMetadata({locale, title: t('openData.title'), description: t('openData.description'), path: '/data'}, await getSiteIdentity(locale))
}

function Example({label, command}: {label: string; command: string}) {
  return (
    <figure className="mt-4">
      <figcaption className="font-semibold">{label}</figcaption>
      {/* Focusable, so a keyboard can scroll a long command sideways. */}
      <pre tabIndex={0} className="mt-1 overflow-x-auto rounded bg-slate-900 p-3 text-sm text-slate-50">
        <code>{command}</code>
      </pre>
    </figure>
  )
}

function examples(locale: Locale) {
  const api = absoluteUrl('/api/v1')
  const lang = locale === 'es' ? 'lang=es&' : ''
  return {
    search: `curl '${api}/news?${lang}q=recruitment&country=guatemala&per_page=5'`,
    dates: `curl '${api}/news?${lang}topic=covid-19&from=2020-01-01&to=2020-12-31&sort=oldest'`,
    item: `curl '${api}/news/<slug>${locale === 'es' ? '?lang=es' : ''}'`,
    countries: `curl '${api}/countries${locale === 'es' ? '?lang=es' : ''}'`,
    conditional: `curl -i -H 'If-None-Match: W/"…"' '${api}/topics'`,
    document: `curl '${api}/openapi.json'`,
  }
}

export default async function DataPage({params}: PageProps<'/[locale]/data'>) {
  const locale = asLocale((await params).locale)
  const t = await getTranslations({locale, namespace: 'openData'})
  const nav = await getTranslations({locale, namespace: 'nav'})
  const commands = examples(locale)
  const code = (chunks: React.ReactNode) => <code className="rounded bg-slate-100 px-1">{chunks}</code>
  return (
    <Container className="py-8">
      <Breadcrumbs
        trail={[
          {name: nav('home'), path: '/'},
          {name: t('title'), path: '/data'},
        ]}
      />
      <h1 className="mt-3 text-3xl font-bold">{t('title')}</h1>
      <p className="mt-2 max-w-2xl text-lg text-slate-700">{t('description')}</p>

      <section aria-labelledby="api-heading" className="mt-8 max-w-3xl">
        <h2 id="api-heading" className="text-2xl font-semibold">
          {t('apiHeading')}
        </h2>
        <p className="mt-2">{t.rich('apiIntro', {code})}</p>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          <li>{t.rich('endpointNews', {code})}</li>
          <li>{t.rich('endpointItem', {code})}</li>
          <li>{t.rich('endpointCountries', {code})}</li>
          <li>{t.rich('endpointTopics', {code})}</li>
          <li>{t.rich('endpointOpenApi', {code})}</li>
        </ul>
        <p className="mt-2">{t.rich('parameters', {code, perPage: DEFAULT_PER_PAGE, maxPerPage: MAX_PER_PAGE})}</p>
        <p className="mt-2">{t.rich('answers', {code})}</p>
        <p className="mt-2" id="invalid-parameters">
          {t.rich('errors', {code})}
        </p>
        <p className="mt-2">{t.rich('caching', {code})}</p>
        <h3 className="mt-6 text-xl font-semibold">{t('examplesHeading')}</h3>
        <Example label={t('exampleSearch')} command={commands.search} />
        <Example label={t('exampleDates')} command={commands.dates} />
        <Example label={t('exampleItem')} command={commands.item} />
        <Example label={t('exampleCountries')} command={commands.countries} />
        <Example label={t('exampleConditional')} command={commands.conditional} />
        <Example label={t('exampleDocument')} command={commands.document} />
      </section>

      <section aria-labelledby="files-heading" className="mt-8 max-w-3xl">
        <h2 id="files-heading" className="text-2xl font-semibold">
          {t('filesHeading')}
        </h2>
        <p className="mt-2">{t('filesIntro')}</p>
      </section>

      <section aria-labelledby="terms-heading" className="mt-8 max-w-3xl">
        <h2 id="terms-heading" className="text-2xl font-semibold">
          {t('termsHeading')}
        </h2>
        <p className="mt-2">{t('terms')}</p>
      </section>
    </Container>
  )
}
