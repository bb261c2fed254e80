// The country page stakeholders share (its list's later pages live at /countries/[slug]/page/[n]).
import {CollectionPage, collectionMetadata, collectionSlugParams} from '@/app/[locale]/_collection/collection-page'

export async function generateStaticParams() {
  return collectionSlugParams('country')
}

export async function generateMetadata({params}: PageProps<'/[locale]/countries/[slug]'>) {
  return collectionMetadata('country', (await params).slug)
}

export default async function Page({params}: PageProps<'/[locale]/countries/[slug]'>) {
  return <CollectionPage kind="country" slug={(await params).slug} />
}
