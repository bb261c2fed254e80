// A later page (2, 3, …) of a country's list, at its own cacheable address.
import {notFoundBriefly} from '@/lib/brief-answer'
import {CollectionPage, collectionListPageParams, collectionMetadata, parseListPage} from '@/components/collection/collection-page'

export async function generateStaticParams() {
  return collectionListPageParams('country')
}

export async function generateMetadata({params}: PageProps<'/countries/[slug]/page/[n]'>) {
  const {slug, n} = await params
  return collectionMetadata('country', slug, parseListPage(n) ?? 1)
}

export default async function Page({params}: PageProps<'/countries/[slug]/page/[n]'>) {
  const {slug, n} = await params
  const page = parseListPage(n)
  if (page === null) return notFoundBriefly()
  return <CollectionPage kind="country" slug={slug} page={page} />
}
