// Countries and topics are one feature: a small descriptor per kind drives their getters, pages, feeds and share images.
import type {Locale} from '../i18n/routing'
import {translator} from '../i18n/translator'

export type CollectionKind = 'country' | 'topic'

export function isCollectionKind(value: unknown): value is CollectionKind {
  return value === 'country' || value === 'topic'
}

export type Collection = {
  kind: CollectionKind
  /** The Sanity document type (topics keep their stored type name "tag"). */
  type: 'country' | 'tag'
  /** The index page; a collection's own page is `${basePath}/<slug>`. */
  basePath: '/countries' | '/topics'
  /** The search page's filter parameter. */
  searchParam: 'country' | 'topic'
  /** The other kind, whose counts a collection page shows. */
  other: CollectionKind
}

export const COLLECTIONS: Record<CollectionKind, Collection> = {
  country: {
    kind: 'country',
    type: 'country',
    basePath: '/countries',
    searchParam: 'country',
    other: 'topic',
  },
  topic: {
    kind: 'topic',
    type: 'tag',
    basePath: '/topics',
    searchParam: 'topic',
    other: 'country',
  },
}

/** What a collection's pages say, in one language. */
export type CollectionText = {
  indexTitle: string
  newsHeading: (title: string) => string
  otherHeading: string
  topOther: string
  filterLink: (title: string) => string
  pageDescription: (title: string, count: number) => string
  empty: (title: string) => string
  feedTitle: (title: string) => string
}

export function collectionText(kind: CollectionKind, locale: Locale): CollectionText {
  const t = translator(locale)
  if (kind === 'country') {
    return {
      indexTitle: t('countries.title'),
      newsHeading: (name) => t('countries.newsHeading', {name}),
      otherHeading: t('countries.topicsHeading'),
      topOther: t('figures.topTopics'),
      filterLink: (name) => t('countries.filterLink', {name}),
      pageDescription: (name, count) => t('countries.pageDescription', {name, count}),
      empty: (name) => t('countries.empty', {name}),
      feedTitle: (name) => t('feed.country', {name}),
    }
  }
  return {
    indexTitle: t('topics.title'),
    newsHeading: (title) => t('topics.newsHeading', {title}),
    otherHeading: t('topics.countriesHeading'),
    topOther: t('figures.topCountries'),
    filterLink: (title) => t('topics.filterLink', {title}),
    pageDescription: (title, count) => t('topics.pageDescription', {title, count}),
    empty: (title) => t('topics.empty', {title}),
    feedTitle: (title) => t('feed.topic', {title}),
  }
}

/** Items per page of a country's or topic's list. */
export const COLLECTION_PAGE_SIZE = 10

export function collectionPageCount(total: number): number {
  return Math.max(1, Math.ceil(total / COLLECTION_PAGE_SIZE))
}

/** The address of one page of a collection's list: page 1 is the collection's own page. */
export function collectionPath(collection: Collection, slug: string, page = 1): string {
  const base = `${collection.basePath}/${slug}`
  return page > 1 ? `${base}/page/${page}` : base
}
