// /news: every item, searchable and filterable; each state of the page is a shareable URL.
import type {Metadata} from 'next'
import {Link} from '@/components/ui/link'
import {NewsCard} from '@/components/news/news-card'
import {ActiveFilters, filterChips} from '@/components/search/active-filters'
import {Pagination} from '@/components/search/pagination'
import {SearchForm, type SearchFormText} from '@/components/search/search-form'
import {ListFileLinks} from '@/components/lists/list-file-links'
import {ContentUnavailableNotice} from '@/components/content/content-unavailable-notice'
import {Container} from '@/components/ui/container'
import {SubscribeForm} from '@/components/alerts/subscribe-form'
import {ContentUnavailableError} from '@/lib/content/unavailable'
import {searchNews} from '@/lib/content/reads/search-index'
import {getTranslations} from 'next-intl/server'
import {localePath} from '@/lib/i18n/navigation'
import {asLocale, type Locale} from '@/lib/i18n/routing'
import {translator} from '@/lib/i18n/translator'
import {languageAlternates} from '@/lib/seo/metadata'
import {hasFilters, parseSearchParams, searchHref, searchQueryString} from '@/lib/search/search-params'
import {queryWords} from '@/lib/search/terms'

export async function generateMetadata({params, searchParams}: PageProps<'/[locale]/news'>): Promise<Metadata> {
  const locale = asLocale((await params).locale)
  const t = translator(locale)
  const state = parseSearchParams(await searchParams)
  const filtered = state.q !== '' || hasFilters(state)
  return {
    title: state.q ? t('search.pageTitle', {q: state.q}) : t('news.title'),
    description: t('news.description'),
    alternates: {
      canonical: localePath(locale, `/news${searchQueryString(state)}`),
      languages: languageAlternates(`/news${searchQueryString(state)}`),
      types: {'application/rss+xml': localePath(locale, `/news/feed.xml${searchQueryString({...state, page: 1})}`)},
    },
    // Countless filter combinations would crowd search engines' indexes; the plain list is the page to index.
    robots: filtered ? {index: false, follow: true} : undefined,
  }
}

// Search results render per request, in document order with no Suspense boundary, so a reader without JavaScript
// gets them in the HTML (streamed-in boundaries need a script to be shown). Next sends the static head first.
export const instant = false

export default async function NewsPage({params, searchParams}: PageProps<'/[locale]/news'>) {
  const locale = asLocale((await params).locale)
  const t = await getTranslations({locale})
  return (
    <Container className="py-8">
      <h1 className="text-3xl font-bold">{t('news.title')}</h1>
      <SearchResults locale={locale} searchParams={searchParams} />
    </Container>
  )
}

/** The search form's text, formatted here: the form is a client component and the browser has no message formatter. */
function searchFormText(locale: Locale): SearchFormText {
  const t = translator(locale)
  return {
    label: t('search.label'),
    placeholder: t('search.placeholder'),
    submit: t('search.submit'),
    updating: t('search.updating'),
    filters: t('search.filters'),
    countries: t('search.countries'),
    topics: t('search.topics'),
    dates: t('search.dates'),
    from: t('search.from'),
    to: t('search.to'),
    sort: t('search.sort'),
    sorts: {relevance: t('search.sorts.relevance'), newest: t('search.sorts.newest'), oldest: t('search.sorts.oldest')},
    apply: t('search.apply'),
  }
}

async function SearchResults({locale, searchParams}: {locale: Locale} & Pick<PageProps<'/[locale]/news'>, 'searchParams'>) {
  const t = await getTranslations({locale})
  const requested = parseSearchParams(await searchParams)
  let outcome: Awaited<ReturnType<typeof searchNews>>
  try {
    outcome = await searchNews(requested, locale)
  } catch (error) {
    if (error instanceof ContentUnavailableError) return <ContentUnavailableNotice />
    throw error
  }
  const state = {...requested, page: outcome.page}
  const chips = filterChips(state, outcome.facets, locale)
  const noTerms = state.q !== '' && queryWords(state.q).length === 0

  return (
    <div className="mt-6 grid gap-8 lg:grid-cols-[18rem_1fr]">
      <div>
        <SearchForm state={state} facets={outcome.facets} locale={locale} text={searchFormText(locale)} />
      </div>
      <section aria-labelledby="results-heading">
        <h2 id="results-heading" className="sr-only">
          {t('search.results', {total: outcome.total})}
        </h2>
        <p role="status" aria-live="polite" className="text-lg font-semibold">
          {state.q ? t('search.resultsFor', {total: outcome.total, q: state.q}) : t('search.results', {total: outcome.total})}
        </p>
        {outcome.unknown.countries.length > 0 && (
          <p className="mt-2 text-slate-700">{t('search.ignored', {kind: 'countries', values: outcome.unknown.countries.join(', ')})}</p>
        )}
        {outcome.unknown.topics.length > 0 && (
          <p className="mt-2 text-slate-700">{t('search.ignored', {kind: 'topics', values: outcome.unknown.topics.join(', ')})}</p>
        )}
        <ActiveFilters chips={chips} state={state} />
        {outcome.total === 0 ? (
          <div className="mt-6 rounded border border-slate-300 bg-slate-50 p-4">
            <h3 className="text-xl font-semibold">{t('search.emptyTitle')}</h3>
            {noTerms && <p className="mt-2">{t('search.emptyNoTerms')}</p>}
            <p className="mt-2">{hasFilters(state) ? t('search.emptyWithFilters') : t('search.emptyQuery')}</p>
            <ul className="mt-2 list-disc space-y-1 pl-6">
              {chips.map((chip) => (
                <li key={chip.key}>
                  <Link href={chip.href}>{chip.key === 'q' ? t('search.clearQuery') : t('search.removeFilter', {label: chip.label})}</Link>
                </li>
              ))}
              <li>
                <Link href="/news">{t('search.browseAll')}</Link>
              </li>
            </ul>
          </div>
        ) : (
          <>
            <div className="mt-2">
              {outcome.hits.map((hit) => (
                <NewsCard key={hit._id} item={hit} matchedTerms={hit.matchedTerms} />
              ))}
            </div>
            <Pagination page={outcome.page} pages={outcome.pages} hrefFor={(page) => searchHref(state, {page})} />
          </>
        )}
        <p className="mt-8 flex flex-wrap items-center gap-x-4 text-sm">
          <a href={localePath(locale, `/news/feed.xml${searchQueryString({...state, page: 1})}`)} className="inline-flex min-h-6 items-center">
            {t('search.feed')}
          </a>
          <ListFileLinks rssHref={localePath(locale, `/news/feed.xml${searchQueryString({...state, page: 1})}`)} />
        </p>
        {state.q || state.countries.length > 0 || state.topics.length > 0 ? (
          <SubscribeForm
            locale={locale}
            intro={t('alerts.formIntroSearch')}
            fixed={{countries: state.countries, topics: state.topics, words: state.q || undefined}}
            compact
          />
        ) : null}
      </section>
    </div>
  )
}
