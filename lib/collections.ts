// Countries and topics are one feature: a small descriptor per kind drives their getters, pages, feeds and share images.
import {messages} from './messages'

export type CollectionKind = 'country' | 'topic'

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
  text: {
    indexTitle: string
    newsHeading: (title: string) => string
    otherHeading: string
    topOther: string
    filterLink: (title: string) => string
    pageDescription: (title: string, count: number) => string
    empty: (title: string) => string
    feedTitle: (title: string) => string
  }
}

export const COLLECTIONS: Record<CollectionKind, Collection> = {
  country: {
    kind: 'country',
    type: 'country',
    basePath: '/countries',
    searchParam: 'country',
    other: 'topic',
    text: {
      indexTitle: messages.countries.title,
      newsHeading: messages.countries.newsHeading,
      otherHeading: messages.countries.topicsHeading,
      topOther: messages.figures.topTopics,
      filterLink: messages.countries.filterLink,
      pageDescription: messages.countries.pageDescription,
      empty: messages.countries.empty,
      feedTitle: messages.feed.country,
    },
  },
  topic: {
    kind: 'topic',
    type: 'tag',
    basePath: '/topics',
    searchParam: 'topic',
    other: 'country',
    text: {
      indexTitle: messages.topics.title,
      newsHeading: messages.topics.newsHeading,
      otherHeading: messages.topics.countriesHeading,
      topOther: messages.figures.topCountries,
      filterLink: messages.topics.filterLink,
      pageDescription: messages.topics.pageDescription,
      empty: messages.topics.empty,
      feedTitle: messages.feed.topic,
    },
  },
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
