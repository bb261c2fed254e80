// The country index: every country of the region grouped by region, with its number of items.
import type {Metadata} from 'next'
import {Link} from '@/components/ui/link'
import {Breadcrumbs} from '@/components/layout/breadcrumbs'
import {Container} from '@/components/ui/container'
import {ContentScope} from '@/components/content/content-scope'
import {getCountriesWithCounts} from '@/lib/content/reads/collections'
import type {FetchOptions} from '@/lib/content/source/fetch-options'
import {orUnavailable} from '@/lib/content/or-unavailable'
import {Flag} from '@/components/ui/flag'
import {RegionMap} from '@/components/map/region-map'
import {REGIONS, storedRegion} from '@/lib/format/regions'
import {getTranslations} from 'next-intl/server'
import {asLocale, type Locale} from '@/lib/i18n/routing'
import {translator} from '@/lib/i18n/translator'
import {getSiteIdentity} from '@/lib/content/reads/settings'
import {pageMetadata} from '@/lib/seo/metadata'

export async function generateMetadata({params}: PageProps<'/[locale]/countries'>): Promise<Metadata> {
  const locale = asLocale((await params).locale)
  const t = translator(locale)
  return pageMetadata(
    {locale, title: t('countries.title'), description: t('countries.description'), path: '/countries'},
    await getSiteIdentity(locale),
  )
}

export default async function CountriesPage({params}: PageProps<'/[locale]/countries'>) {
  const locale = asLocale((await params).locale)
  return <ContentScope render={(options) => <CountriesContent options={options} locale={locale} />} />
}

async function CountriesContent({options, locale}: {options: FetchOptions; locale: Locale}) {
  const t = await getTranslations()
  const countries = await orUnavailable('/countries', () => getCountriesWithCounts(options))
  const regions = REGIONS.map(([region, key]) => ({
    region,
    name: t(`regions.${key}`),
    countries: countries.filter((country) => (storedRegion(country.region) ?? 'Other') === region && country.slug),
  })).filter((group) => group.countries.length > 0)
  return (
    <Container className="py-8">
      <Breadcrumbs
        trail={[
          {name: t('nav.home'), path: '/'},
          {name: t('countries.title'), path: '/countries'},
        ]}
      />
      <h1 className="mt-3 text-3xl font-bold">{t('countries.title')}</h1>
      <p className="mt-2 max-w-2xl text-lg text-slate-700">{t('countries.description')}</p>
      <RegionMap
        locale={locale}
        countries={countries.flatMap((country) => (country.slug ? [{slug: country.slug, name: country.name ?? country.slug, isoCode: country.isoCode, count: country.count}] : []))}
      />
      {regions.map(({region, name, countries: regionCountries}, index) => (
        <section key={region} aria-labelledby={`region-${index}`} className="mt-8">
          <h2 id={`region-${index}`} className="text-2xl font-bold">
            {name}
          </h2>
          <ul className="mt-3 grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
            {regionCountries.map((country) => (
              <li key={country._id} className="flex items-baseline gap-2 rounded border border-slate-200 px-3 py-2">
                <Flag isoCode={country.isoCode} className="self-center" />
                <Link href={`/countries/${country.slug}`} className="font-semibold">
                  {country.name}
                </Link>
                <span className={country.count === 0 ? 'text-sm italic text-slate-700' : 'text-sm text-slate-700'}>
                  {country.count === 0 ? `(${t('countries.noNews')})` : `(${t('itemCount', {count: country.count})})`}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </Container>
  )
}
