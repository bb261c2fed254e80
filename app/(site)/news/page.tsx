// /news: every item, searchable and filterable; each state of the page is a shareable URL.
import type {Metadata} from 'next'
import {Link} from '@/components/ui/link'
import {NewsCard} from '@/components/news/news-card'
import {ActiveFilters, filterChips} from '@/components/search/active-filters'
import {Pagination} from '@/components/search/pagination'
import {SearchForm} from '@/components/search/search-form'
import {ContentUnavailableNotice} from '@/components/content/content-unavailable-notice'
import {Container} from '@/components/ui/container'
import {ContentUnavailableError} from '@/lib/content/content-unavailable-error'
import {searchNews} from '@/lib/content/search-index'
import {messages} from '@/lib/messages'
import {hasFilters, parseSearchParams, searchHref, searchQueryString} from '@/lib/search/params'
import {searchTerms} from '@/lib/search/terms'

export async function generateMetadata({searchParams}: PageProps<'/news'>): Promise<Metadata> {
  const state = parseSearchParams(await searchParams)
  const filtered = state.q !== '' || hasFilters(state)
  return {
    title: messages.search.pageTitle(state.q),
    description: messages.news.description,
    alternates: {
      canonical: `/news${searchQueryString(state)}`,
      types: {'application/rss+xml': `/news/feed.xml${searchQueryString({...state, page: 1})}`},
    },
    // Countless filter combinations would crowd search engines' indexes; the plain list is the page to index.
    robots: filtered ? {index: false, follow: true} : undefined,
  }
}

// Search results render per request, in document order with no Suspense boundary, so a reader without JavaScript
// gets them in the HTML (streamed-in boundaries need a script to be shown). Next sends the static head first.
export const instant = false

export default async function NewsPage({searchParams}: PageProps<'/news'>) {
  return (
    <Container className="py-8">
      <h1 className="text-3xl font-bold">{messages.news.title}</h1>
      <SearchResults searchParams={searchParams} />
    </Container>
  )
}

async function SearchResults({searchParams}: Pick<PageProps<'/news'>, 'searchParams'>) {
  const requested = parseSearchParams(await searchParams)
  let outcome: Awaited<ReturnType<typeof searchNews>>
  try {
    outcome = await searchNews(requested)
  } catch (error) {
    if (error instanceof ContentUnavailableError) return <ContentUnavailableNotice />
    throw error
  }
  const state = {...requested, page: outcome.page}
  const chips = filterChips(state, outcome.facets)
  const noTerms = state.q !== '' && searchTerms(state.q).length === 0

  return (
    <div className="mt-6 grid gap-8 lg:grid-cols-[18rem_1fr]">
      <div>
        <SearchForm state={state} facets={outcome.facets} />
      </div>
      <section aria-labelledby="results-heading">
        <h2 id="results-heading" className="sr-only">
          {messages.search.results(outcome.total)}
        </h2>
        <p role="status" aria-live="polite" className="text-lg font-semibold">
          {state.q ? messages.search.resultsFor(outcome.total, state.q) : messages.search.results(outcome.total)}
        </p>
        {outcome.unknown.countries.length > 0 && (
          <p className="mt-2 text-slate-700">{messages.search.ignored('countries', outcome.unknown.countries)}</p>
        )}
        {outcome.unknown.topics.length > 0 && <p className="mt-2 text-slate-700">{messages.search.ignored('topics', outcome.unknown.topics)}</p>}
        <ActiveFilters chips={chips} state={state} />
        {outcome.total === 0 ? (
          <div className="mt-6 rounded border border-slate-300 bg-slate-50 p-4">
            <h3 className="text-xl font-semibold">{messages.search.emptyTitle}</h3>
            {noTerms && <p className="mt-2">{messages.search.emptyNoTerms}</p>}
            <p className="mt-2">{hasFilters(state) ? messages.search.emptyWithFilters : messages.search.emptyQuery}</p>
            <ul className="mt-2 list-disc space-y-1 pl-6">
              {chips.map((chip) => (
                <li key={chip.key}>
                  <Link href={chip.href}>{chip.key === 'q' ? messages.search.clearQuery : messages.search.removeFilter(chip.label)}</Link>
                </li>
              ))}
              <li>
                <Link href="/news">{messages.search.browseAll}</Link>
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
        <p className="mt-8 text-sm">
          <a href={`/news/feed.xml${searchQueryString({...state, page: 1})}`}>{messages.search.feed}</a>
        </p>
      </section>
    </div>
  )
}
