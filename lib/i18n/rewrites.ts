// How English keeps the root: "/news/x" is served by app/[locale] as "/en/news/x", and "/en/news/x" redirects to
// "/news/x", so each page has one address per language. Studio, API, Next's own files and the root's metadata
// files (sitemap, robots, icon) are not pages of a language and are left alone.
import {DEFAULT_LOCALE, LOCALES} from './routing'

const NOT_LOCALISED = ['studio', 'api', '_next', 'sitemap.xml', 'news-sitemap.xml', 'robots.txt', 'icon.svg', 'favicon.ico', ...LOCALES]

/** A path whose first segment is none of the above. */
const LOCALISED_PATH = `/:path((?!(?:${NOT_LOCALISED.map((segment) => segment.replace(/\./g, '\\.')).join('|')})(?:/|$)).*)`

export function englishRewrites() {
  return [
    {source: '/', destination: `/${DEFAULT_LOCALE}`},
    {source: LOCALISED_PATH, destination: `/${DEFAULT_LOCALE}/:path`},
  ]
}

export function unprefixDefaultLocale() {
  return [
    {source: `/${DEFAULT_LOCALE}`, destination: '/', permanent: true},
    {source: `/${DEFAULT_LOCALE}/:path*`, destination: '/:path*', permanent: true},
  ]
}
