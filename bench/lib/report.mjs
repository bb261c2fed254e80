// Renders bench/results.json as bench/RESULTS.md: headline goals first, then one table per part, each with when and how it was measured.
import {kb, mb, ms} from './stats.mjs'

const GOALS = {throughputRatio: 0.5, itemPageBytes: 150 * 1024, loadP99: 100, lighthouse: {performance: 95, accessibility: 100, 'best-practices': 100, seo: 100}}

const yes = (ok) => (ok === undefined ? 'not measured' : ok ? 'yes' : '**no**')
const sizesOf = (sizes) => Object.keys(sizes ?? {}).map(Number).sort((a, b) => a - b)
const items = (size) => Number(size).toLocaleString('en')

function measured(results, part) {
  const run = results.runs?.[part]
  return run ? `_Measured ${run.date.slice(0, 16).replace('T', ' ')} UTC by \`${run.command}\`._\n\n` : '_Not measured yet._\n\n'
}

function table(header, rows) {
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n') + '\n\n'
}

function summary(results) {
  const rows = []
  const ratios = (results.throughput?.pages ?? []).map((page) => page.ratio).filter((ratio) => ratio !== undefined)
  const worstRatio = ratios.length ? Math.min(...ratios) : undefined
  rows.push(['Cached pages: throughput ≥ 50 % of a static server sending the same bytes', worstRatio === undefined ? '–' : `${(worstRatio * 100).toFixed(0)} % (worst page)`, yes(worstRatio === undefined ? undefined : worstRatio >= GOALS.throughputRatio)])
  const item = results.weight?.pages?.find((page) => page.name === 'item')
  rows.push(['Item page ≤ 150 KB compressed (HTML + CSS + JS + other)', item?.total ? `${kb(item.total.compressed)} KB` : '–', yes(item?.total ? item.total.compressed <= GOALS.itemPageBytes : undefined)])
  const weighed = results.weight?.pages?.filter((page) => !page.notFound) ?? []
  const leaks = weighed.flatMap((page) => page.studioMarkersFound ?? [])
  rows.push(['No Studio code in public pages', weighed.length ? (leaks.length ? `found: ${[...new Set(leaks)].join(', ')}` : `none in ${weighed.length} page types`) : '–', yes(weighed.length ? leaks.length === 0 : undefined)])
  for (const [category, goal] of Object.entries(GOALS.lighthouse)) {
    const scores = (results.lighthouse?.pages ?? []).map((page) => page.scores?.[category]).filter((score) => score !== undefined)
    rows.push([`Lighthouse ${category} ≥ ${goal} (every page type, median)`, scores.length ? `${Math.min(...scores)} (lowest)` : '–', yes(scores.length ? Math.min(...scores) >= goal : undefined)])
  }
  for (const size of sizesOf(results.load?.sizes)) {
    const load = results.load.sizes[size]
    rows.push([`Load at ${items(size)} items: 0 errors, p99 ≤ 100 ms`, `${load.errors} errors, p99 ${ms(load.latency.p99)} ms`, yes(load.errors === 0 && load.latency.p99 <= GOALS.loadP99)])
  }
  return table(['goal', 'measured', 'met'], rows)
}

function data(results) {
  const rows = sizesOf(results.data).map((size) => [items(size), `${mb(results.data[size].bytes)} MiB`, results.data[size].seconds < 1 ? 'cached (unchanged generator and seed)' : `${results.data[size].seconds.toFixed(1)} s`])
  return table(['items', 'NDJSON size', 'generation time'], rows)
}

function pages(results) {
  let text = ''
  for (const size of sizesOf(results.pages?.sizes)) {
    const entry = results.pages.sizes[size]
    text += `### ${items(size)} items\n\nBuild ${entry.buildSeconds.toFixed(0)} s; first content request after start (loads the dataset) ${ms(entry.firstRequestMs)} ms.\n\n`
    const rows = Object.values(entry.routes).map((route) =>
      route.notFound
        ? [route.label, 'route not found (404)', '', '', '', '', '', '', '']
        : [route.label, ms(route.cold.p50), ms(route.cold.p95), ms(route.cold.p99), route.cold.n, ms(route.warm.p50), ms(route.warm.p95), ms(route.warm.p99), route.warm.n + (route.failures ? ` (${route.failures} non-200)` : '')],
    )
    text += table(['page', 'cold p50', 'cold p95', 'cold p99', 'n', 'warm p50', 'warm p95', 'warm p99', 'n'], rows)
  }
  return text || '_Not measured yet._\n\n'
}

function throughput(results) {
  const rows = (results.throughput?.pages ?? []).map((page) => [
    `\`${page.address.length > 50 ? `${page.address.slice(0, 47)}…` : page.address}\``,
    `${kb(page.bytes)} KB`,
    page.next.requestsPerSecond.toFixed(0),
    ms(page.next.latency.p99),
    page.baseline.requestsPerSecond.toFixed(0),
    ms(page.baseline.latency.p99),
    `${(page.ratio * 100).toFixed(0)} %`,
  ])
  return rows.length ? `At ${items(results.throughput.size)} items; ${results.throughput.pages[0].next.seconds} s per server and page, ${results.throughput.pages[0].next.connections} connections, 2 wrk threads.\n\n${table(['page', 'HTML', 'Next req/s', 'Next p99 ms', 'static req/s', 'static p99 ms', 'ratio'], rows)}` : ''
}

function weight(results) {
  const pagesWeighed = results.weight?.pages ?? []
  if (!pagesWeighed.length) return ''
  const cell = (totals, kind) => (totals?.[kind] ? `${kb(totals[kind].compressed)} / ${kb(totals[kind].uncompressed)}` : '0')
  const rows = pagesWeighed.map((page) =>
    page.notFound
      ? [page.name, `\`${page.address}\``, 'route not found (404)', '', '', '', '', '', '']
      : [page.name, `\`${page.address.length > 40 ? `${page.address.slice(0, 37)}…` : page.address}\``, cell(page.totals, 'html'), cell(page.totals, 'css'), cell(page.totals, 'js'), cell(page.totals, 'other'), `**${kb(page.total.compressed)}** / ${kb(page.total.uncompressed)}`, cell(page.totals, 'prefetch'), page.studioMarkersFound?.length ? page.studioMarkersFound.join(', ') : 'none'],
  )
  const studio = results.weight.studio
  rows.push(['studio', '`/studio`', cell(studio.totals, 'html'), cell(studio.totals, 'css'), cell(studio.totals, 'js'), cell(studio.totals, 'other'), `${kb(studio.total.compressed)} / ${kb(studio.total.uncompressed)}`, cell(studio.totals, 'prefetch'), '(the Studio itself)'])
  return `KB compressed / uncompressed (response bodies), first visit with an empty cache, at ${items(results.weight.size)} items. Studio markers looked for in public JS: ${studio.markers.length ? studio.markers.map((marker) => `\`${marker}\``).join(', ') : 'none found in the Studio bundle either'}.\n\n${table(['page', 'address', 'HTML', 'CSS', 'JS', 'other', 'total', 'link prefetch (RSC)', 'Studio code'], rows)}`
}

function lighthouse(results) {
  const rows = (results.lighthouse?.pages ?? []).map((page) => [page.name, `\`${page.address.length > 40 ? `${page.address.slice(0, 37)}…` : page.address}\``, page.scores.performance, page.scores.accessibility, page.scores['best-practices'], page.scores.seo, page.runs, page.failing.map((audit) => audit.id).join(', ') || '–'])
  return rows.length ? `Median of ${results.lighthouse.runs} runs, Lighthouse's default mobile profile with simulated throttling, at ${items(results.lighthouse.size)} items.\n\n${table(['page', 'address', 'performance', 'accessibility', 'best practices', 'SEO', 'runs', 'audits below 0.9 in any run'], rows)}` : ''
}

function memory(results) {
  const rows = sizesOf(results.memory?.sizes).map((size) => {
    const entry = results.memory.sizes[size]
    return [items(size), `${mb(entry.afterStart)} MiB`, `${mb(entry.afterFirstRequest)} MiB`, entry.afterLoad ? `${mb(entry.afterLoad)} MiB` : '–']
  })
  return rows.length ? `Resident memory of \`next start\` and its children.\n\n${table(['items', 'after start', 'dataset loaded (first request)', 'after the load test'], rows)}` : ''
}

function load(results) {
  const rows = sizesOf(results.load?.sizes).map((size) => {
    const entry = results.load.sizes[size]
    return [items(size), `${entry.seconds} s`, entry.connections, entry.requests.toLocaleString('en'), entry.requestsPerSecond.toFixed(0), ms(entry.latency.p50), ms(entry.latency.p90), ms(entry.latency.p99), `${entry.errors} (${entry.non2xx} non-2xx/3xx, ${entry.socketErrors} socket)`]
  })
  const first = results.load?.sizes?.[sizesOf(results.load?.sizes)[0]]
  return rows.length ? `wrk rotating over cached pages (${first.addresses.length} addresses: \`/\`, item pages${first.addresses.some((address) => address.startsWith('/countries/')) ? ', country pages' : ''}).\n\n${table(['items', 'duration', 'connections', 'requests', 'req/s', 'p50 ms', 'p90 ms', 'p99 ms', 'errors'], rows)}` : ''
}

export function renderResults(results) {
  const run = results.latest
  const m = run.machine
  return `# Benchmark results

Generated by \`npm run bench\` (see the README for running single parts). Last run: ${run.date.slice(0, 16).replace('T', ' ')} UTC,
\`${run.command}\`, ${(run.seconds / 60).toFixed(1)} minutes, on ${m.cores} cores (${m.cpu}), ${m.memoryGiB} GiB memory,
Node ${m.node}, ${m.platform}; load average at start ${m.loadAverageAtStart.join(' / ')}.

**These figures are noisy.** The machine's 2 cores were shared with other engineers' builds and test runs while
this was measured, and the load generator (wrk), the browser and the server all run on those same cores. Compare
figures within one run (e.g. Next against the static server), not across runs.

Datasets are synthetic (\`bench/generate-dataset.mjs\`, seed ${run.options.seed}): every item is titled
"[Synthetic] …" with an \`_id\` starting \`synthetic.\`, and references the bundled countries and topics. Each size
gets its own \`next build\` (static pages such as \`/\` are prerendered from the dataset) served by \`next start\`.

## Goals

${summary(results)}## Data

${measured(results, 'data')}${data(results)}## Pages: server response time (ms)

${measured(results, 'pages')}Time to the last byte of the HTML, one request at a time over keep-alive, uncompressed. **Cold**: the first request
for each of up to ${run.options.coldSamples} distinct addresses (a first render; for \`/\`, the first request after
start, served from the build's prerender); **warm**: the same addresses again, round-robin (cached pages come from
Next's cache, dynamic ones render again). Each phase stops after ${run.options.coldSeconds} s (cold) or
${run.options.warmSeconds} s / ${run.options.warmRequests} requests (warm), so slow pages have fewer samples (n);
with n < 100, p99 is the slowest sample. Routes that do not exist yet are reported as "route not found (404)".

${pages(results)}## Throughput: cached pages against a static file server

${measured(results, 'throughput')}The baseline is a bare Node \`http\` server (\`bench/lib/static-server.mjs\`, its own process) answering the very
bytes Next sent for the same address from memory; both served uncompressed (wrk sends no \`Accept-Encoding\`).

${throughput(results)}## Weight: what a first visit downloads

${measured(results, 'weight')}${weight(results)}## Lighthouse

${measured(results, 'lighthouse')}${lighthouse(results)}## Memory

${measured(results, 'memory')}${memory(results)}## Load

${measured(results, 'load')}${load(results)}`
}
