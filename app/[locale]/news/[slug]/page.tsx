// One news item: headline, date, dateline, lead, body, countries and topics, related items and the share bar.
import type {Metadata} from 'next'
import {TermList} from '@/components/news/term-list'
import {permanentRedirect} from 'next/navigation'
import {Breadcrumbs} from '@/components/layout/breadcrumbs'
import {Attachments} from '@/components/news/attachments'
import {ExternalLink} from '@/components/news/external-link'
import {PressContacts} from '@/components/news/press-contacts'
import {getSiteText} from '@/lib/content/reads/settings'
import {NotFoundPage} from '@/components/layout/not-found-page'
import {NewsCard} from '@/components/news/news-card'
import {BodyText} from '@/components/news/portable-text'
import {NewsDate} from '@/components/news/news-date'
import {SanityFigure} from '@/components/news/sanity-figure'
import {JsonLd} from '@/components/seo/json-ld'
import {ShareBar} from '@/components/share/share-bar'
import {Container} from '@/components/ui/container'
import {ContentScope} from '@/components/content/content-scope'
import {redirectBriefly} from '@/lib/http/brief-answer'
import {publishedIn, type FetchOptions} from '@/lib/content/source/fetch-options'
import {orUnavailable, unlessUnavailable} from '@/lib/content/or-unavailable'
import {getListedNewsSlugs, getNewsItem, getRelatedNews, getTranslationSlugs, renamedNewsSlug} from '@/lib/content/reads/news'
import {requestPlainOptions} from '@/lib/content/source/request-options'
import {getTranslations} from 'next-intl/server'
import {localePath} from '@/lib/i18n/navigation'
import {asLocale, contentLanguage, type Locale} from '@/lib/i18n/routing'
import {notFoundMetadata, pageMetadata} from '@/lib/seo/metadata'
import {absoluteUrl} from '@/lib/http/site'
import {isSlug} from '@/sanity/slug.mjs'
import {staticSlugParams} from '@/lib/http/static-params'
import {newsArticleJsonLd} from '@/lib/seo/structured-data'

// Every item is prerendered at build from generateStaticParams; an item published later is rendered on its first
// visit (the slug is awaited outside any Suspense boundary, so that visit waits and gets a real 404 or the page) and
// served from the cache afterwards. Reads are cached by tag; the webhook revalidates them. An item with a translation
// in the page's language is not shown there: its address leads (307, kept briefly) to the translation's, so the
// language switch, which keeps the path, lands on the translation. Not 308: browsers keep a permanent redirect for
// good, and a translation can be unlinked (a reader would be sent on to the other item's page indefinitely).

/** The main image is shown 16:9 at up to 48rem (768 px) wide: widths for phones up to 2× screens. */
const MAIN_IMAGE_WIDTHS = [400, 640, 768, 1024, 1280, 1536]

export async function generateStaticParams({params}: {params: {locale: string}}) {
  return staticSlugParams((await getListedNewsSlugs(publishedIn(asLocale(params.locale)))).map((item) => item.slug))
}

/** The original publication's address and host name ("www.iom.int"), for an http(s) address only. */
function webSource(sourceUrl: string | null): {href: string; host: string} | null {
  if (!sourceUrl || !URL.canParse(sourceUrl)) return null
  const url = new URL(sourceUrl)
  return url.protocol === 'https:' || url.protocol === 'http:' ? {href: url.href, host: url.host} : null
}

/** Each language's path of an item: its translations' where they are published, its own for the others. */
function translationPaths(slugs: Partial<Record<Locale, string>>): Partial<Record<Locale, string>> {
  return Object.fromEntries(Object.entries(slugs).map(([language, slug]) => [language, `/news/${slug}`]))
}

export async function generateMetadata({params}: PageProps<'/[locale]/news/[slug]'>): Promise<Metadata> {
  const {slug, locale: segment} = await params
  const locale = asLocale(segment)
  const options = await requestPlainOptions()
  const found = isSlug(slug)
    ? await unlessUnavailable(async () => {
        const item = await getNewsItem(slug, options)
        return item && {item, translations: await getTranslationSlugs(item._id, options)}
      })
    : null
  const item = found?.item
  if (!found || !item?.slug) return notFoundMetadata(locale)
  const site = await getSiteText(locale)
  const title = item.title ?? site.name
  // The editor's description for search engines and sharing, else the lead; "Hide from search engines" adds noindex.
  const metadata = pageMetadata({
    locale,
    title,
    description: item.seo?.description?.trim() || item.summary || site.description,
    path: `/news/${item.slug}`,
    translations: translationPaths(found.translations),
    image: {path: `/news/${item.slug}/og-image`, alt: title},
    article: {
      publishedTime: item.publishedAt,
      modifiedTime: item._updatedAt,
      tags: (item.topics ?? []).flatMap((topic) => (topic.title ? [topic.title] : [])),
    },
  })
  return item.seo?.noindex ? {...metadata, robots: {index: false, follow: true}} : metadata
}

export default async function NewsItemPage({params}: PageProps<'/[locale]/news/[slug]'>) {
  const {slug, locale} = await params
  if (!isSlug(slug)) return <NotFoundPage />
  return <ContentScope render={(options) => <NewsItemContent slug={slug} locale={asLocale(locale)} options={options} />} />
}

async function NewsItemContent({slug, locale, options}: {slug: string; locale: Locale; options: FetchOptions}) {
  const t = await getTranslations({locale})
  const {item, related, translations, renamedTo} = await orUnavailable(`/news/${slug}`, async () => {
    const found = await getNewsItem(slug, options)
    if (!found?.slug) return {item: null, related: [], translations: {}, renamedTo: await renamedNewsSlug(slug, options)}
    const [foundRelated, foundTranslations] = await Promise.all([getRelatedNews(found, options), getTranslationSlugs(found._id, options)])
    return {item: found, related: foundRelated, translations: foundTranslations, renamedTo: null}
  })
  // An earlier address of a renamed item: 308 to where it is now, so links already shared keep working.
  if (renamedTo) permanentRedirect(localePath(locale, `/news/${renamedTo}`))
  if (!item?.slug) return <NotFoundPage />
  const translated = translations[locale]
  if (contentLanguage(item.language) !== locale && translated) return redirectBriefly(localePath(locale, `/news/${translated}`))
  const countries = (item.countries ?? []).filter((country) => country.slug)
  const topics = (item.topics ?? []).filter((topic) => topic.slug)
  const url = absoluteUrl(localePath(locale, `/news/${item.slug}`))
  // An item not yet translated is shown as published, marked as its own language, with a note in the reader's.
  const language = contentLanguage(item.language)
  const textLang = language === locale ? undefined : language
  const source = webSource(item.sourceUrl)
  const title = item.title ?? ''
  return (
    <Container className="py-8">
      <Breadcrumbs
        trail={[
          {name: t('nav.home'), path: '/'},
          {name: t('nav.news'), path: '/news'},
          {name: title, path: `/news/${item.slug}`},
        ]}
      />
      <JsonLd
        data={newsArticleJsonLd({
          title,
          slug: item.slug,
          summary: item.summary,
          publishedAt: item.publishedAt,
          updatedAt: item._updatedAt,
          place: item.place,
          countries,
          image: absoluteUrl(localePath(locale, `/news/${item.slug}/og-image`)),
          inLanguage: language,
          locale,
          publisher: t('site.publisher'),
        })}
      />
      <article className="max-w-3xl">
        {language !== locale && (
          <p lang={locale} className="mt-3 rounded border border-blue-200 bg-blue-50 px-3 py-2 text-slate-800">
            {t('language.untranslated')}
          </p>
        )}
        <h1 lang={textLang} className="mt-3 text-3xl font-bold leading-tight">
          {title}
        </h1>
        <p className="mt-3 text-slate-700">
          {t('news.published')} <NewsDate value={item.publishedAt} />
        </p>
        <SanityFigure
          image={item.mainImage}
          widths={MAIN_IMAGE_WIDTHS}
          sizes="(min-width: 52rem) 48rem, calc(100vw - 2rem)"
          aspectRatio={16 / 9}
          priority
          className="mt-6"
        />
        <div lang={textLang} className="mt-6 space-y-4 text-lg leading-relaxed">
          <p className="font-medium">
            {item.place && <span className="font-bold uppercase tracking-wide">{item.place} – </span>}
            {item.summary}
          </p>
          {item.body && item.body.length > 0 && <BodyText value={item.body} />}
          {source && (
            <p lang={locale}>
              <ExternalLink href={source.href}>
                {t('news.source')}: {source.host}
              </ExternalLink>
            </p>
          )}
        </div>
        <Attachments files={item.attachments} />
        <PressContacts contacts={item.pressContacts} />
        <dl className="mt-8 grid gap-3 border-t border-slate-200 pt-6 text-slate-800 sm:grid-cols-[auto_1fr] sm:gap-x-6">
          <TermList term={t('news.countries')} links={countries.map((country) => ({href: `/countries/${country.slug}`, label: country.name}))} />
          <TermList term={t('news.topics')} links={topics.map((topic) => ({href: `/topics/${topic.slug}`, label: topic.title}))} />
          {item.partners && item.partners.length > 0 && (
            <>
              <dt className="font-semibold">{t('news.partners')}</dt>
              <dd>{item.partners.join(', ')}</dd>
            </>
          )}
        </dl>
        <ShareBar url={url} title={title} />
      </article>
      {related.length > 0 && (
        <section aria-labelledby="related-heading" className="mt-10 max-w-3xl print:hidden">
          <h2 id="related-heading" className="text-2xl font-bold">
            {t('related')}
          </h2>
          {related.map((relatedItem) => (
            <NewsCard key={relatedItem._id} item={relatedItem} headingLevel="h3" />
          ))}
        </section>
      )}
    </Container>
  )
}
