// Next's own pieces for matching next.config.ts `headers()` rules, for the portal's server, which sets those headers
// itself (lib/http/response-headers.mjs; docs/workarounds.md, "Next's internal modules"). Check them on every Next upgrade.
// @ts-check
import {getPathMatch} from 'next/dist/shared/lib/router/utils/path-match.js'
import {parseUrl} from 'next/dist/shared/lib/router/utils/parse-url.js'
import {matchHas} from 'next/dist/shared/lib/router/utils/prepare-destination.js'
import {modifyRouteRegex} from 'next/dist/lib/redirect-status.js'

/**
 * Whether a path matches a header rule's source, built as Next builds its header routes
 * (next/dist/server/lib/router-utils/filesystem.js, `buildCustomRoute`): strict, case-insensitive, a trailing slash
 * allowed. Only the regular expression is kept: a header rule needs no parameters.
 * @param {string} source
 * @returns {(pathname: string) => boolean}
 */
export function headerRouteMatcher(source) {
  let pattern = ''
  getPathMatch(source, {strict: true, sensitive: false, regexModifier: (regex) => (pattern = modifyRouteRegex(regex))})
  const regex = new RegExp(pattern, 'i')
  return (pathname) => regex.test(pathname)
}

/**
 * The path and query Next's router matches rules against (next/dist/server/lib/router-utils/resolve-routes.js): the
 * request's address parsed as a URL, so `.` and `..` segments are resolved. Throws where Next's parse throws.
 * @param {string} url
 * @returns {{pathname: string, query: Record<string, string | string[]>}}
 */
export function routedAddress(url) {
  const {pathname, query} = parseUrl(url)
  return {pathname, query}
}

/**
 * Whether a rule's `has` and `missing` conditions hold for a request, checked by Next's own function.
 * @param {import('node:http').IncomingMessage} req
 * @param {Record<string, string | string[]>} query
 * @param {object[] | undefined} has
 * @param {object[] | undefined} missing
 * @returns {boolean}
 */
export function conditionsHold(req, query, has, missing) {
  return matchHas(/** @type {any} */ (req), query, /** @type {any} */ (has), /** @type {any} */ (missing)) !== false
}
