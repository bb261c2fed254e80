// The topic page stakeholders share (its list's later pages live at /topics/[slug]/page/[n]).
import {CollectionPage, collectionMetadata, collectionSlugParams} from '@/app/[locale]/_collection/collection-page'

export async function generateStaticParams() {
  return collectionSlugParams('topic')
}

export async function generateMetadata({params}: PageProps<'/[locale]/topics/[slug]'>) {
  return collectionMetadata('topic', (await params).slug)
}

export default async function Page({params}: PageProps<'/[locale]/topics/[slug]'>) {
  return <CollectionPage kind="topic" slug={(await params).slug} />
}
