// One page for a country or a topic (driven by its descriptor): flag, key figures, items per year, one page of its
// items, the other kind's counts, feed and share bar; plus its metadata and the params prerendered at build.
import type {Metadata} from 'next'
import {getLocale} from 'next-intl/server'
import {Link} from '@/components/ui/link'
import {MostRead} from '@/components/analytics/most-read'
import {ViewBeacon} from '@/components/analytics/view-beacon'
import {CountList} from '@/components/collection/count-list'
import {FeedLink} from '@/components/collection/feed-link'
import {ListFileLinks} from '@/components/lists/list-file-links'
import {ItemsPerYearChart} from '@/components/collection/items-per-year-chart'
import {KeyFigures} from '@/components/collection/key-figures'
import {ContentScope} from '@/components/content/content-scope'
import {Breadcrumbs} from '@/components/layout/breadcrumbs'
import {NotFoundPage} from '@/components/layout/not-found-page'
import {NewsCard} from '@/components/news/news-card'
import {Pagination} from '@/components/search/pagination'
import {ShareBar} from '@/components/share/share-bar'
import {Container} from '@/components/ui/container'
import {redirectBriefly} from '@/lib/http/brief-answer'
import {COLLECTIONS, COLLECTION_PAGE_SIZE, collectionPageCount, collectionPath, collectionText, type CollectionKind} from '@/lib/content/kinds'
import {getCollection, getCollectionFacts, getCollectionNews, getCountriesWithCounts, getTopicsWithCounts} from '@/lib/content/reads/collections'
import {publishedIn, type FetchOptions} from '@/lib/content/source/fetch-options'
import {orUnavailable, unlessUnavailable} from '@/lib/content/or-unavailable'
import {requestPlainOptions} from '@/lib/content/source/request-options'
import {getSiteIdentity} from '@/lib/content/reads/settings'
import {Flag} from '@/components/ui/flag'
import {CountryLocator} from '@/components/map/region-map'
import {PrintStamp} from '@/components/collection/print-stamp'
import {regionName} from '@/lib/format/regions'
import {localePath} from '@/lib/i18n/navigation'
import {SubscribeForm} from '@/components/alerts/subscribe-form'
import {DEFAULT_LOCALE, type Locale} from '@/lib/i18n/routing'
import {translator} from '@/lib/i18n/translator'
import {notFoundMetadata, pageMetadata} from '@/lib/seo/metadata'
import {absoluteUrl} from '@/lib/http/site'
import {isSlug} from '@/sanity/slug.mjs'
import {maxPrerendered, PLACEHOLDER_SLUG, staticSlugParams} from '@/lib/http/static-params'

/** List pages after the first that are prerendered per country or topic; later ones render on first visit. */
const PRERENDERED_LIST_PAGES = 5

async function membersWithCounts(kind: CollectionKind, locale: Locale) {
  return kind === 'country' ? getCountriesWithCounts(publishedIn(locale)) : getTopicsWithCounts(publishedIn(locale))
}

/** The slugs of every country or topic (the same in every language), for generateStaticParams of its page. */
export async function collectionSlugParams(kind: CollectionKind) {
  return staticSlugParams((await membersWithCounts(kind, DEFAULT_LOCALE)).map((member) => member.slug))
}

/** Every later list page (2, 3, …) of every country or topic in a language, for generateStaticParams of `/…/[slug]/page/[n]`. */
export async function collectionListPageParams(kind: CollectionKind, locale: Locale) {
  const params = (await membersWithCounts(kind, locale)).flatMap((member) => {
    const pages = Math.min(collectionPageCount(member.count), PRERENDERED_LIST_PAGES + 1)
    return member.slug ? Array.from({length: pages - 1}, (_, index) => ({slug: member.slug!, n: String(index + 2)})) : []
  })
  return params.length > 0 ? params.slice(0, maxPrerendered()) : [{slug: PLACEHOLDER_SLUG, n: '2'}]
}

/** A list page number from the path: a whole number from 2 on (page 1 is the collection's own address), else null. */
export function parseListPage(raw: string): number | null {
  if (!/^\d{1,6}$/.test(raw)) return null
  const page = Number(raw)
  return page >= 2 ? page : null
}

export async function collectionMetadata(kind: CollectionKind, slug: string, page = 1): Promise<Metadata> {
  const collection = COLLECTIONS[kind]
  const locale = await getLocale()
  const text = collectionText(kind, locale)
  const options = await requestPlainOptions()
  const found = isSlug(slug)
    ? await unlessUnavailable(async () => {
        const member = await getCollection(kind, slug, options)
        return member ? {member, facts: await getCollectionFacts(kind, member._id, options)} : null
      })
    : null
  const member = found?.member
  if (!found || !member?.slug || !member.title) return notFoundMetadata(locale)
  const {facts} = found
  const pages = collectionPageCount(facts.count)
  const path = collectionPath(collection, member.slug)
  return pageMetadata(
    {
      locale,
      title: page > 1 ? `${member.title} – ${translator(locale)('news.pageOf', {page, pages})}` : member.title,
      description: member.description ?? text.pageDescription(member.title, facts.count),
      path: collectionPath(collection, member.slug, page),
      image: {path: `${path}/og-image`, alt: member.title},
      feed: {path: `${path}/feed.xml`, title: text.feedTitle(member.title)},
    },
    await getSiteIdentity(locale),
  )
}

export function CollectionPage({kind, slug, page = 1}: {kind: CollectionKind; slug: string; page?: number}) {
  if (!isSlug(slug)) return <NotFoundPage />
  return <ContentScope render={(options) => <CollectionContent kind={kind} slug={slug} page={page} options={options} />} />
}

async function CollectionContent({kind, slug, page, options}: {kind: CollectionKind; slug: string; page: number; options: FetchOptions}) {
  const collection = COLLECTIONS[kind]
  const locale = await getLocale()
  const t = translator(locale)
  const text = collectionText(kind, locale)
  const {member, facts, items} = await orUnavailable(collectionPath(collection, slug, page), async () => {
    const found = await getCollection(kind, slug, options)
    if (!found) return {member: null, facts: null, items: []}
    // The count first: a page past the end is never queried (a deep offset is slow at Sanity and a new cache entry).
    const foundFacts = await getCollectionFacts(kind, found._id, options)
    const inRange = page <= collectionPageCount(foundFacts.count)
    const foundItems = inRange ? await getCollectionNews(found._id, page, COLLECTION_PAGE_SIZE, options) : []
    return {member: found, facts: foundFacts, items: foundItems}
  })
  if (!member?.slug || !member.title || !facts) return <NotFoundPage />
  const pages = collectionPageCount(facts.count)
  // A page past the end (the list shrank, or a typed address) shows the last page at its own address.
  if (page > pages) return redirectBriefly(localePath(locale, collectionPath(collection, member.slug, pages)))
  const path = collectionPath(collection, member.slug)
  const otherCollection = COLLECTIONS[collection.other]
  const otherLinks = (others: typeof facts.others) =>
    others.map((other) => ({label: other.title, href: collectionPath(otherCollection, other.slug), count: other.count}))
  return (
    <Container className={kind === 'country' ? 'country-brief py-8 print:py-0' : 'py-8'}>
      {options.perspective === 'published' && <ViewBeacon kind={kind} slug={member.slug} locale={locale} />}
      <Breadcrumbs
        trail={[
          {name: t('nav.home'), path: '/'},
          {name: text.indexTitle, path: collection.basePath},
          {name: member.title, path},
        ]}
      />
      <div className="mt-3 flex items-center gap-3">
        {kind === 'country' && <Flag isoCode={member.isoCode} height={36} />}
        <h1 className="text-3xl font-bold sm:text-4xl">{member.title}</h1>
      </div>
      {member.region && <p className="mt-2 text-slate-700">{regionName(locale, member.region)}</p>}
      {member.description && <p className="mt-3 max-w-2xl text-lg">{member.description}</p>}
      {kind === 'country' && (
        <div className="print:hidden">
          <CountryLocator isoCode={member.isoCode} name={member.title} locale={locale} />
        </div>
      )}
      <p className="mt-4 flex flex-wrap gap-x-6 gap-y-2 print:hidden">
        <FeedLink href={localePath(locale, `${path}/feed.xml`)} label={`${t('feed.link')}: ${text.feedTitle(member.title)}`} />
        <ListFileLinks rssHref={localePath(locale, `${path}/feed.xml`)} />
        <Link href={`/news?${collection.searchParam}=${member.slug}`}>{text.filterLink(member.title)}</Link>
        {kind === 'country' && (
          <a href={localePath(locale, `${path}/brief.pdf`)} type="application/pdf" className="font-semibold">
            {t('countryBrief.download')}
          </a>
        )}
      </p>
      <KeyFigures count={facts.count} first={facts.first} latest={facts.latest} topLabel={text.topOther} top={otherLinks(facts.topOthers)} />
      <ItemsPerYearChart name={member.title} perYear={facts.perYear} />
      <section aria-labelledby="items-heading" className="brief-items mt-8">
        <h2 id="items-heading" className="text-2xl font-bold">
          {text.newsHeading(member.title)}
        </h2>
        {items.length === 0 ? (
          <p className="mt-4">{text.empty(member.title)}</p>
        ) : (
          items.map((item) => <NewsCard key={item._id} item={item} headingLevel="h3" />)
        )}
        <Pagination page={page} pages={pages} hrefFor={(target) => collectionPath(collection, member.slug!, target)} />
      </section>
      {kind === 'country' && page === 1 && <MostRead options={options} country={{slug: member.slug, name: member.title}} />}
      {facts.others.length > 0 && (
        <section aria-labelledby="others-heading" className="mt-8 print:hidden">
          <h2 id="others-heading" className="text-2xl font-bold">
            {text.otherHeading}
          </h2>
          <CountList className="mt-3" links={otherLinks(facts.others)} />
        </section>
      )}
      <SubscribeForm
        locale={locale}
        intro={t(kind === 'country' ? 'alerts.formIntroCountry' : 'alerts.formIntroTopic', {name: member.title})}
        fixed={kind === 'country' ? {countries: [member.slug]} : {topics: [member.slug]}}
        compact
      />
      {kind === 'country' && (
        <PrintStamp url={absoluteUrl(localePath(locale, path))} locale={locale} />
      )}
      <ShareBar url={absoluteUrl(localePath(locale, collectionPath(collection, member.slug, page)))} title={member.title} />
    </Container>
  )
}
