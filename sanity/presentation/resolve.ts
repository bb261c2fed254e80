// Document locations for the Presentation tool: each item, country and topic links to its page(s) on the site.
import {defineLocations, type PresentationPluginOptions} from 'sanity/presentation'

const NEWS_LIST = {title: 'All news', href: '/news'}

export const locations: PresentationPluginOptions['resolve'] = {
  locations: {
    newsItem: defineLocations({
      select: {title: 'title', slug: 'slug.current'},
      resolve: (document) => ({
        locations: document?.slug ? [{title: document.title || 'Untitled news item', href: `/news/${document.slug}`}, NEWS_LIST] : [NEWS_LIST],
      }),
    }),
    country: defineLocations({
      select: {title: 'name', slug: 'slug.current'},
      resolve: (document) => ({
        locations: document?.slug ? [{title: document.title || 'Untitled country', href: `/countries/${document.slug}`}, {title: 'All countries', href: '/countries'}] : [],
      }),
    }),
    tag: defineLocations({
      select: {title: 'title', slug: 'slug.current'},
      resolve: (document) => ({
        locations: document?.slug ? [{title: document.title || 'Untitled topic', href: `/topics/${document.slug}`}, {title: 'All topics', href: '/topics'}] : [],
      }),
    }),
  },
}
