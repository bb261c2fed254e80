// The security headers of every answer, set by the portal's server before Next sees the request. As next.config.ts
// `headers()` rules, Next matched them anew on every request, compiling each header value that holds a colon (the
// policies do) into a path template: 4 % of the server's CPU time per cached page (docs/performance.md). Here the
// rules are matched with Next's own URL parser, matcher and condition check, the matchers compiled once.
import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {conditionsHold, headerRouteMatcher, routedAddress} from '../next-internals/header-route.mjs'

/** Written by `next build` (next.config.ts, `runAfterProductionCompile`) beside the build it belongs to. */
export const RESPONSE_HEADERS_FILE = 'response-headers.json'

/**
 * @typedef {{type: string, key: string, value?: string}} HeaderCondition
 * @typedef {{source: string, headers: {key: string, value: string}[], has?: HeaderCondition[], missing?: HeaderCondition[]}} HeaderRule
 * @typedef {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void} HeaderSetter
 */

/** Refuses a rule whose header uses a parameter of its source: Next would put the path's value there; these are sent as written. */
function checkSentAsWritten(rule) {
  for (const [, name] of rule.source.matchAll(/:(\w+)/g)) {
    if (rule.headers.some(({key, value}) => `${key} ${value}`.includes(`:${name}`))) {
      throw new Error(`Header rule ${rule.source}: a header using the parameter :${name} is not supported`)
    }
  }
}

/**
 * One function that sets the headers of every rule whose source matches the request's path and whose conditions hold,
 * in order, so a later rule's value replaces an earlier one's: as Next applied next.config.ts `headers()`, with its own
 * URL parser, matcher and condition check. Next sets its own Cache-Control only where none is set, so a rule's
 * Cache-Control stays, as it did from `headers()`.
 * @param {HeaderRule[]} rules
 * @returns {HeaderSetter}
 */
export function compileResponseHeaders(rules) {
  const compiled = rules.map((rule) => {
    checkSentAsWritten(rule)
    return {matches: headerRouteMatcher(rule.source), has: rule.has, missing: rule.missing, headers: rule.headers.map(({key, value}) => [key, value])}
  })
  return (req, res) => {
    let address
    try {
      address = routedAddress(req.url ?? '/')
    } catch {
      // An address Next's router cannot parse either: it gets no rule's headers there.
      return
    }
    for (const rule of compiled) {
      if (!rule.matches(address.pathname)) continue
      if ((rule.has || rule.missing) && !conditionsHold(req, address.query, rule.has, rule.missing)) continue
      for (const [key, value] of rule.headers) res.setHeader(key, value)
    }
  }
}

/** Checks the rules (they must compile) and writes them into a build. */
export function writeResponseHeaders(distDir, rules) {
  compileResponseHeaders(rules)
  writeFileSync(path.join(distDir, RESPONSE_HEADERS_FILE), JSON.stringify(rules, null, 2))
}

/** The header setter of a build, from the rules its `next build` wrote. */
export function loadResponseHeaders(distDir) {
  const file = path.join(distDir, RESPONSE_HEADERS_FILE)
  let rules
  try {
    rules = JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    throw new Error(`${file} is missing or unreadable (${error.message}): build again with \`next build\`, which writes the site's security headers there.`)
  }
  return compileResponseHeaders(rules)
}
