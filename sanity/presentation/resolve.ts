// The Presentation tool's map between the site and the Studio: which document a page is about (mainDocuments, so
// opening a page in the preview opens its document) and on which pages a document appears (locations), in both languages.
import {map} from 'rxjs'
import {getPublishedId} from '@sanity/client/csm'
import {defineDocuments, type DocumentLocation, type DocumentLocationResolver, type DocumentLocationsState, type PresentationPluginOptions} from 'sanity/presentation'

/** The address prefix of an item's language: Spanish items live under /es, English ones (and older ones without a language) at the root. */
function languagePrefix(language: unknown): string {
  return language === 'es' ? '/es' : ''
}

/** Both languages' addresses of a path: English at the root, Spanish under /es. */
function bothLanguages(path: string): string[] {
  return [path, `/es${path}`]
}

/** Every page that is about one document, list pages of a country or topic included, in English and in Spanish. */
export const mainDocuments = defineDocuments([
  {route: bothLanguages('/news/:slug'), filter: '_type == "newsItem" && slug.current == $slug'},
  {route: [...bothLanguages('/countries/:slug'), ...bothLanguages('/countries/:slug/page/:n')], filter: '_type == "country" && slug.current == $slug'},
  {route: [...bothLanguages('/topics/:slug'), ...bothLanguages('/topics/:slug/page/:n')], filter: '_type == "tag" && slug.current == $slug'},
])

type Named = {title?: string | null; slug?: string | null; language?: string | null}

/** A news item's page, then the lists it appears on, in its own language. */
function newsItemLocations(document: Named | null): DocumentLocation[] {
  const prefix = languagePrefix(document?.language)
  const lists = [
    {title: 'Home page (latest news)', href: prefix || '/'},
    {title: 'All news', href: `${prefix}/news`},
  ]
  return document?.slug ? [{title: document.title || 'Untitled news item', href: `${prefix}/news/${document.slug}`}, ...lists] : lists.slice(1)
}

/** A country's or topic's own page and its index, in English and in Spanish. */
function collectionLocations(document: Named | null, index: string, untitled: string): DocumentLocation[] {
  if (!document?.slug) return []
  const title = document.title || untitled
  return [
    {title, href: `/${index}/${document.slug}`},
    {title: `${title} (Español)`, href: `/es/${index}/${document.slug}`},
    {title: `All ${index}`, href: `/${index}`},
  ]
}

/** The news items a press contact is named on (newest first, at most ten): the pages that show the contact. */
export const CONTACT_ITEMS_QUERY = `*[_type == "newsItem" && defined(slug.current) && references($id)] | order(coalesce(publishedAt, _createdAt) desc) [0...10] {title, "slug": slug.current, language}`

/** What each type's locations are made from, read live (drafts overlaid) while the document is open. */
export const LOCATION_QUERIES: Record<string, string> = {
  newsItem: `*[_id == $id][0]{title, "slug": slug.current, language}`,
  country: `*[_id == $id][0]{"title": name, "slug": slug.current}`,
  tag: `*[_id == $id][0]{title, "slug": slug.current}`,
  contact: CONTACT_ITEMS_QUERY,
}

/** The site's name, description, share image and office time zone: every page uses them. */
const SETTINGS_LOCATIONS: DocumentLocationsState = {
  message: 'These settings are used on every page.',
  tone: 'caution',
  locations: [
    {title: 'Home page', href: '/'},
    {title: 'Página de inicio (Español)', href: '/es'},
  ],
}

/** The pages a document of `type` appears on, from what its location query read; null for types shown on no page. */
export function locationsFor(type: string, data: unknown): DocumentLocationsState | null {
  if (type === 'siteSettings') return SETTINGS_LOCATIONS
  if (type === 'contact') {
    const locations = ((data as Named[] | null) ?? []).filter((item) => item.slug).flatMap((item) => newsItemLocations(item).slice(0, 1))
    return locations.length > 0
      ? {locations, message: 'Shown under the news items that name this contact.', tone: 'positive'}
      : {locations, message: 'No published news item names this contact yet.', tone: 'caution'}
  }
  const document = data as Named | null
  if (type === 'newsItem') return {locations: newsItemLocations(document)}
  if (type === 'country') return {locations: collectionLocations(document, 'countries', 'Untitled country')}
  if (type === 'tag') return {locations: collectionLocations(document, 'topics', 'Untitled topic')}
  return null
}

/** One resolver for every type (a press contact's pages need a query, which per-type resolvers cannot make). */
const locations: DocumentLocationResolver = ({id, type, perspectiveStack}, {documentStore}) => {
  if (type === 'siteSettings') return SETTINGS_LOCATIONS
  const query = LOCATION_QUERIES[type]
  if (!query) return null
  const perspective = perspectiveStack.length > 0 ? perspectiveStack : 'drafts'
  return documentStore.listenQuery(query, {id: getPublishedId(id)}, {perspective}).pipe(map((data) => locationsFor(type, data)))
}

export const resolve: PresentationPluginOptions['resolve'] = {mainDocuments, locations}
