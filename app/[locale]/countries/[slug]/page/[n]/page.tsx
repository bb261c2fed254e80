// A later page (2, 3, …) of a country's list, at its own cacheable address.
import {NotFoundPage} from '@/components/layout/not-found-page'
import {notFoundMetadata} from '@/lib/seo/metadata'
import {asLocale} from '@/lib/i18n/routing'
import {CollectionPage, collectionListPageParams, collectionMetadata, parseListPage} from '@/app/[locale]/_collection/collection-page'

export async function generateStaticParams({params}: {params: {locale: string}}) {
  return collectionListPageParams('country', asLocale(params.locale))
}

export async function generateMetadata({params}: PageProps<'/[locale]/countries/[slug]/page/[n]'>) {
  const {locale, slug, n} = await params
  const page = parseListPage(n)
  return page === null ? notFoundMetadata(asLocale(locale)) : collectionMetadata('country', slug, page)
}

export default async function Page({params}: PageProps<'/[locale]/countries/[slug]/page/[n]'>) {
  const {slug, n} = await params
  const page = parseListPage(n)
  if (page === null) return <NotFoundPage />
  return <CollectionPage kind="country" slug={slug} page={page} />
}
