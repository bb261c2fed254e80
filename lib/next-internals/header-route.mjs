// Next's own matcher for next.config.ts `headers()` sources, for the portal's server, which sets those headers itself
// (lib/http/response-headers.mjs; docs/workarounds.md, "Next's internal modules"). Check it on every Next upgrade.
// @ts-check
import {getPathMatch} from 'next/dist/shared/lib/router/utils/path-match.js'
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
