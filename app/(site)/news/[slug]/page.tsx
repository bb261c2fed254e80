// One news item (headline, date, dateline, lead, body, countries, topics, related items, share bar); an earlier address redirects to it.
import type {Metadata} from 'next'
import {permanentRedirect} from 'next/navigation'
import {Link} from '@/components/ui/link'
import {Breadcrumbs} from '@/components/layout/breadcrumbs'
import {NotFoundPage} from '@/components/layout/not-found-page'
import {NewsCard} from '@/components/news/news-card'
import {Attachments} from '@/components/news/attachments'
import {ExternalLink} from '@/components/news/external-link'
import {BodyText} from '@/components/news/portable-text'
import {PressContacts} from '@/components/news/press-contacts'
import {NewsDate} from '@/components/news/news-date'
import {SanityFigure} from '@/components/news/sanity-figure'
import {JsonLd} from '@/components/seo/json-ld'
import {ShareBar} from '@/components/share/share-bar'
import {Container} from '@/components/ui/container'
import {ContentScope} from '@/components/content/content-scope'
import type {FetchOptions} from '@/lib/content/fetch-options'
import {orUnavailable, unlessUnavailable} from '@/lib/content/or-unavailable'
import {getNewsItem, getNewsSlugs, getRelatedNews, renamedNewsSlug} from '@/lib/content/news'
import {requestPlainOptions} from '@/lib/content/request-options'
import {getSiteSettings} from '@/lib/content/settings'
import {messages} from '@/lib/messages'
import {notFoundMetadata, pageMetadata} from '@/lib/metadata'
import {absoluteUrl} from '@/lib/site'
import {isSlug} from '@/lib/slug'
import {staticSlugParams} from '@/lib/static-params'
import {newsArticleJsonLd} from '@/lib/structured-data'

// Every item is prerendered at build from generateStaticParams; an item published later is rendered on its first
// visit (the slug is awaited outside any Suspense boundary, so that visit waits and gets a real 404 or the page) and
// served from the cache afterwards. Reads are cached by tag; the webhook revalidates them.

/** The main image is shown 16:9 at up to 48rem (768 px) wide: widths for phones up to 2× screens. */
const MAIN_IMAGE_WIDTHS = [400, 640, 768, 1024, 1280, 1536]

/** The original publication's address and host name ("www.iom.int"), for an http(s) address only. */
function webSource(sourceUrl: string | null): {href: string; host: string} | null {
  if (!sourceUrl || !URL.canParse(sourceUrl)) return null
  const url = new URL(sourceUrl)
  return url.protocol === 'https:' || url.protocol === 'http:' ? {href: url.href, host: url.host} : null
}

export async function generateStaticParams() {
  return staticSlugParams((await getNewsSlugs()).map((item) => item.slug))
}

export async function generateMetadata({params}: PageProps<'/news/[slug]'>): Promise<Metadata> {
  const {slug} = await params
  const options = await requestPlainOptions()
  const item = isSlug(slug) ? await unlessUnavailable(() => getNewsItem(slug, options)) : null
  if (!item?.slug) return notFoundMetadata
  const site = await getSiteSettings()
  const title = item.title ?? site.name
  return pageMetadata({
    title,
    description: item.summary ?? site.description,
    path: `/news/${item.slug}`,
    image: {path: `/news/${item.slug}/og-image`, alt: title},
    article: {
      publishedTime: item.publishedAt,
      modifiedTime: item._updatedAt,
      tags: (item.topics ?? []).flatMap((topic) => (topic.title ? [topic.title] : [])),
    },
  })
}

export default async function NewsItemPage({params}: PageProps<'/news/[slug]'>) {
  const {slug} = await params
  if (!isSlug(slug)) return <NotFoundPage />
  return <ContentScope render={(options) => <NewsItemContent slug={slug} options={options} />} />
}

async function NewsItemContent({slug, options}: {slug: string; options: FetchOptions}) {
  const {item, related, renamedTo} = await orUnavailable(`/news/${slug}`, async () => {
    const found = await getNewsItem(slug, options)
    if (!found?.slug) return {item: null, related: [], renamedTo: await renamedNewsSlug(slug, options)}
    return {item: found, related: await getRelatedNews(found, options), renamedTo: null}
  })
  // An earlier address of a renamed item: 308 to where it is now, so links already shared keep working.
  if (renamedTo) permanentRedirect(`/news/${renamedTo}`)
  if (!item?.slug) return <NotFoundPage />
  const countries = (item.countries ?? []).filter((country) => country.slug)
  const topics = (item.topics ?? []).filter((topic) => topic.slug)
  const url = absoluteUrl(`/news/${item.slug}`)
  const source = webSource(item.sourceUrl)
  const title = item.title ?? ''
  return (
    <Container className="py-8">
      <Breadcrumbs
        trail={[
          {name: messages.nav.home, path: '/'},
          {name: messages.nav.news, path: '/news'},
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
          image: absoluteUrl(`/news/${item.slug}/og-image`),
        })}
      />
      <article className="max-w-3xl">
        <h1 className="mt-3 text-3xl font-bold leading-tight">{title}</h1>
        <p className="mt-3 text-slate-700">
          {messages.news.published} <NewsDate value={item.publishedAt} />
        </p>
        <SanityFigure
          image={item.mainImage}
          widths={MAIN_IMAGE_WIDTHS}
          sizes="(min-width: 52rem) 48rem, calc(100vw - 2rem)"
          aspectRatio={16 / 9}
          priority
          className="mt-6"
        />
        <div className="mt-6 space-y-4 text-lg leading-relaxed">
          <p className="font-medium">
            {item.place && <span className="font-bold uppercase tracking-wide">{item.place} – </span>}
            {item.summary}
          </p>
          {item.body && item.body.length > 0 && <BodyText value={item.body} />}
          {source && (
            <p>
              <ExternalLink href={source.href}>
                {messages.news.source}: {source.host}
              </ExternalLink>
            </p>
          )}
        </div>
        <Attachments files={item.attachments} />
        <PressContacts contacts={item.pressContacts} />
        <dl className="mt-8 grid gap-3 border-t border-slate-200 pt-6 text-slate-800 sm:grid-cols-[auto_1fr] sm:gap-x-6">
          {countries.length > 0 && (
            <>
              <dt className="font-semibold">{messages.news.countries}</dt>
              <dd>
                <ul className="flex flex-wrap gap-x-4 gap-y-1">
                  {countries.map((country) => (
                    <li key={country.slug}>
                      <Link href={`/countries/${country.slug}`}>{country.name}</Link>
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          )}
          {topics.length > 0 && (
            <>
              <dt className="font-semibold">{messages.news.topics}</dt>
              <dd>
                <ul className="flex flex-wrap gap-x-4 gap-y-1">
                  {topics.map((topic) => (
                    <li key={topic.slug}>
                      <Link href={`/topics/${topic.slug}`}>{topic.title}</Link>
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          )}
          {item.partners && item.partners.length > 0 && (
            <>
              <dt className="font-semibold">{messages.news.partners}</dt>
              <dd>{item.partners.join(', ')}</dd>
            </>
          )}
        </dl>
        <ShareBar url={url} title={title} />
      </article>
      {related.length > 0 && (
        <section aria-labelledby="related-heading" className="mt-10 max-w-3xl print:hidden">
          <h2 id="related-heading" className="text-2xl font-bold">
            {messages.related}
          </h2>
          {related.map((relatedItem) => (
            <NewsCard key={relatedItem._id} item={relatedItem} headingLevel="h3" />
          ))}
        </section>
      )}
    </Container>
  )
}
