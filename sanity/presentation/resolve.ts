// The Presentation tool's map between the site and the Studio: which document a page is about (mainDocuments, so
// opening a page in the preview opens its document) and on which pages a document appears (locations).
import {defineDocuments, defineLocations, type PresentationPluginOptions} from 'sanity/presentation'

/** The address prefix of an item's language: Spanish items live under /es, English ones (and older ones without a language) at the root. */
function languagePrefix(language: unknown): string {
  return language === 'es' ? '/es' : ''
}

/** Every page that is about one document, list pages of a country or topic included. */
export const mainDocuments = defineDocuments([
  {route: ['/news/:slug', '/es/news/:slug'], filter: '_type == "newsItem" && slug.current == $slug'},
  {route: ['/countries/:slug', '/countries/:slug/page/:n'], filter: '_type == "country" && slug.current == $slug'},
  {route: ['/topics/:slug', '/topics/:slug/page/:n'], filter: '_type == "tag" && slug.current == $slug'},
])

export const resolve: PresentationPluginOptions['resolve'] = {
  mainDocuments,
  locations: {
    newsItem: defineLocations({
      select: {title: 'title', slug: 'slug.current', language: 'language'},
      resolve: (document) => {
        const prefix = languagePrefix(document?.language)
        const lists = [
          {title: 'Home page (latest news)', href: prefix || '/'},
          {title: 'All news', href: `${prefix}/news`},
        ]
        return {
          locations: document?.slug
            ? [{title: document.title || 'Untitled news item', href: `${prefix}/news/${document.slug}`}, ...lists]
            : lists.slice(1),
        }
      },
    }),
    country: defineLocations({
      select: {title: 'name', slug: 'slug.current'},
      resolve: (document) => ({
        locations: document?.slug
          ? [
              {title: document.title || 'Untitled country', href: `/countries/${document.slug}`},
              {title: 'All countries', href: '/countries'},
            ]
          : [],
      }),
    }),
    tag: defineLocations({
      select: {title: 'title', slug: 'slug.current'},
      resolve: (document) => ({
        locations: document?.slug
          ? [
              {title: document.title || 'Untitled topic', href: `/topics/${document.slug}`},
              {title: 'All topics', href: '/topics'},
            ]
          : [],
      }),
    }),
  },
}
