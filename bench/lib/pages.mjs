// Server response times per page type: cold (first render of an address) and warm (the same addresses again).
import {timedGet} from './http.mjs'
import {summarise} from './stats.mjs'

const SEARCH_TERMS = ['recruitment', 'trabajadores', 'permits', 'inspectors', 'Migración', 'harvest', 'remittance', 'domestic', 'training', 'pensions', 'México', 'seasonal']

/** The page types of the issue, each with the distinct addresses its cold samples use. */
export function pageTypes({itemSlugs, countrySlugs, coldSamples, firstRender}) {
  const take = (list) => list.slice(0, coldSamples)
  return [
    {name: 'home', label: '`/`', addresses: ['/']},
    {name: 'news', label: '`/news` (list, page 2…)', addresses: take(Array.from({length: coldSamples}, (_, index) => `/news?page=${index + 2}`))},
    {
      name: 'search',
      label: '`/news?q=…&country=…`',
      addresses: take(SEARCH_TERMS.flatMap((term, index) => [`/news?q=${encodeURIComponent(term)}&country=${countrySlugs[index % countrySlugs.length]}`, `/news?q=${encodeURIComponent(term)}`])),
    },
    {name: 'item', label: '`/news/[slug]`', addresses: take(itemSlugs.map((slug) => `/news/${slug}`))},
    {name: 'country', label: '`/countries/[slug]`', addresses: take(countrySlugs.map((slug) => `/countries/${slug}`))},
    // Addresses not prerendered at build: every cold sample is the page's first render (reads included).
    ...(firstRender?.items.length ? [{name: 'itemFirstRender', label: '`/news/[slug]`, not prerendered', addresses: take(firstRender.items)}] : []),
    ...(firstRender?.countries.length
      ? [{name: 'countryFirstRender', label: '`/countries/[slug]/page/7`, not prerendered', addresses: take(firstRender.countries)}]
      : []),
  ]
}

/**
 * Cold: each distinct address once, in order (the first render; for `/`, the first request after start).
 * Warm: the same addresses round-robin until `warmRequests` or `warmSeconds` run out.
 */
export async function measurePages(origin, types, {warmRequests, warmSeconds, coldSeconds, log}) {
  const results = {}
  for (const type of types) {
    const cold = []
    let notFound = false
    let failures = 0
    const coldDeadline = performance.now() + coldSeconds * 1000
    for (const address of type.addresses) {
      if (cold.length > 0 && performance.now() > coldDeadline) break
      const response = await timedGet(origin + address)
      if (response.status === 404 && cold.length === 0) {
        notFound = true
        break
      }
      if (response.status !== 200) failures++
      cold.push(response.ms)
    }
    if (notFound) {
      log(`  ${type.name}: route not found (404), skipped`)
      results[type.name] = {label: type.label, notFound: true}
      continue
    }
    const warmed = type.addresses.slice(0, cold.length)
    const warm = []
    const warmDeadline = performance.now() + warmSeconds * 1000
    while (warm.length < warmRequests && (warm.length === 0 || performance.now() < warmDeadline)) {
      const response = await timedGet(origin + warmed[warm.length % warmed.length])
      if (response.status !== 200) failures++
      warm.push(response.ms)
    }
    results[type.name] = {label: type.label, cold: summarise(cold), warm: summarise(warm), failures}
    log(`  ${type.name}: cold p50 ${results[type.name].cold.p50?.toFixed(1)} ms (n=${cold.length}), warm p50 ${results[type.name].warm.p50?.toFixed(1)} ms (n=${warm.length})${failures ? `, ${failures} non-200` : ''}`)
  }
  return results
}
