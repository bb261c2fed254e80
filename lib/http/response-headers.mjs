// The security headers of every answer, set by the portal's server before Next sees the request. As next.config.ts
// `headers()` rules, Next matched them anew on every request, compiling each header value that holds a colon (the
// policies do) into a path template: 4 % of the server's CPU time per cached page (docs/performance.md). Here the
// rules are matched with Next's own matcher, compiled once.
import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {headerRouteMatcher} from '../next-internals/header-route.mjs'

/** Written by `next build` (next.config.ts, `runAfterProductionCompile`) beside the build it belongs to. */
export const RESPONSE_HEADERS_FILE = 'response-headers.json'

/**
 * @typedef {{source: string, headers: {key: string, value: string}[], has?: {type: string, key: string, value?: string}[]}} HeaderRule
 * @typedef {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void} HeaderSetter
 */

/**
 * A rule's `has` conditions, as Next checks them. Refuses a rule that would need more of Next than this does: a
 * condition on anything but a header's or a query parameter's presence, `missing`, or a parameter used in a header.
 */
function conditionOf(rule) {
  for (const condition of rule.has ?? []) {
    if ((condition.type !== 'header' && condition.type !== 'query') || condition.value !== undefined) {
      throw new Error(`Header rule ${rule.source}: ${JSON.stringify(condition)} is not supported, only the presence of a header or a query parameter`)
    }
  }
  if ('missing' in rule) throw new Error(`Header rule ${rule.source}: "missing" is not supported`)
  // Next would put the path's value in place of `:name` in a header; these rules are sent as written.
  for (const [, name] of rule.source.matchAll(/:(\w+)/g)) {
    if (rule.headers.some(({key, value}) => `${key} ${value}`.includes(`:${name}`))) {
      throw new Error(`Header rule ${rule.source}: a header using the parameter :${name} is not supported`)
    }
  }
  const headerNames = (rule.has ?? []).filter(({type}) => type === 'header').map(({key}) => key.toLowerCase())
  const queryNames = (rule.has ?? []).filter(({type}) => type === 'query').map(({key}) => key)
  return (req, query) => headerNames.every((name) => req.headers[name] !== undefined) && queryNames.every((name) => query().has(name))
}

/**
 * One function that sets the headers of every rule whose source matches the request's path and whose conditions hold,
 * in order, so a later rule's value replaces an earlier one's (as Next applies next.config.ts `headers()`). Next sets
 * its own Cache-Control only where none is set, so a rule's Cache-Control stays, as it did from `headers()`.
 * @param {HeaderRule[]} rules
 * @returns {HeaderSetter}
 */
export function compileResponseHeaders(rules) {
  const compiled = rules.map((rule) => ({matches: headerRouteMatcher(rule.source), holds: conditionOf(rule), headers: rule.headers.map(({key, value}) => [key, value])}))
  return (req, res) => {
    const url = req.url ?? '/'
    const queryStart = url.indexOf('?')
    const pathname = queryStart === -1 ? url : url.slice(0, queryStart)
    let query
    const queryOf = () => (query ??= new URLSearchParams(queryStart === -1 ? '' : url.slice(queryStart + 1)))
    for (const rule of compiled) {
      if (!rule.matches(pathname) || !rule.holds(req, queryOf)) continue
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
