// `npm run bench`: every benchmark part end to end (or `-- --only=pages,load --sizes=1000`), then rewrites bench/RESULTS.md.
import {existsSync, mkdirSync, readFileSync, statSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import {datasetFile, DEFAULT_SEED, DEFAULT_SIZES, generateNewsItem, loadReferenceDocuments, writeDatasetFile} from '../sanity/seed/synthetic.mjs'
import {closeConnections, timedGet} from './lib/http.mjs'
import {measureAlerts} from './lib/alerts.mjs'
import {measureCluster} from './lib/cluster.mjs'
import {measureLighthouse} from './lib/lighthouse.mjs'
import {measurePages, pageTypes} from './lib/pages.mjs'
import {measureSearch} from './lib/search.mjs'
import {OUT, RESULTS_JSON, RESULTS_MD} from './lib/paths.mjs'
import {renderResults} from './lib/report.mjs'
import {build, prerenderedPaths, start} from './lib/server.mjs'
import {measureThroughput} from './lib/throughput.mjs'
import {measureWeight} from './lib/weight.mjs'
import {measureLatency} from './lib/latency.mjs'

export const PARTS = ['data', 'search', 'pages', 'brief', 'throughput', 'weight', 'lighthouse', 'memory', 'load', 'cluster', 'alerts']
const SERVER_PORT = 3108
const STATIC_PORT = 3109

function parseOptions(argv) {
  const options = {
    only: PARTS,
    sizes: DEFAULT_SIZES,
    seed: DEFAULT_SEED,
    coldSamples: 15,
    coldSeconds: 30,
    warmRequests: 100,
    warmSeconds: 20,
    throughputSeconds: 10,
    loadSeconds: 60,
    loadConnections: 50,
    lighthouseRuns: 3,
    webhooks: 20,
    clusterBuild: 1,
    regenerate: 0,
    subscribers: 10_000,
  }
  const usage = () =>
    `usage: npm run bench -- [--render] [--only=${PARTS.join(',')}] [--sizes=1000,10000,100000] ${Object.keys(options)
      .filter((key) => typeof options[key] === 'number')
      .map((key) => `[--${key}=${options[key]}]`)
      .join(' ')}`
  for (const arg of argv) {
    const [name, value = ''] = arg.replace(/^--/, '').split('=')
    if (name === 'help') {
      log(usage())
      process.exit(0)
    } else if (name === 'render') {
      options.renderOnly = true
    } else if (name === 'only') {
      options.only = value.split(',').filter(Boolean)
      const unknown = options.only.filter((part) => !PARTS.includes(part))
      if (unknown.length) throw new Error(`unknown part(s) ${unknown.join(', ')}; parts are ${PARTS.join(', ')}`)
    } else if (name === 'sizes') options.sizes = value.split(',').map(Number)
    else if (name in options && typeof options[name] === 'number') options[name] = Number(value)
    else throw new Error(`unknown option ${arg}\n${usage()}`)
  }
  if (options.sizes.some((size) => !Number.isInteger(size) || size < 1)) throw new Error('--sizes takes positive whole numbers')
  return options
}

function log(line) {
  process.stdout.write(`${line}\n`)
}

function machine() {
  return {
    cores: os.cpus().length,
    cpu: os.cpus()[0]?.model?.trim() ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 1024 ** 3),
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
    loadAverageAtStart: os.loadavg().map((value) => Number(value.toFixed(2))),
  }
}

/** Evenly spread synthetic items of a dataset, so cold renders do not all hit the same part of it. */
function sampleItemSlugs(size, seed, references, count) {
  return Array.from({length: Math.min(count, size)}, (_, index) => generateNewsItem(Math.floor((index * size) / Math.min(count, size)), seed, references).slug.current)
}

/**
 * Addresses whose first visit is a real first render (not prerendered at build): items spread over the dataset, and
 * one list page per country past the prerendered ones (only where every country has that many pages).
 */
function firstRenderAddresses(size, seed, references, count, prerendered) {
  const items = []
  for (let index = 0; index < size && items.length < count + 1; index += Math.max(1, Math.floor(size / (4 * count)))) {
    const address = `/news/${generateNewsItem(index, seed, references).slug.current}`
    if (!prerendered.has(address) && !items.includes(address)) items.push(address)
  }
  const listPage = FIRST_UNPRERENDERED_LIST_PAGE
  const countries =
    size >= 10_000
      ? references.countries.map((country) => `/countries/${country.slug.current}/page/${listPage}`).filter((address) => !prerendered.has(address))
      : []
  return {first: items[0], items: items.slice(1), countries: countries.slice(0, count)}
}

/**
 * Pages prerendered per kind by the build of a size (`PRERENDER_MAX`), where not the portal's default of 1,000: at
 * 100,000 items each prerender is a first render of that size, and 1,000 per kind in both languages, share images
 * included, kept `next build` prerendering for over 35 minutes. The pages part measures what is not prerendered.
 */
const prerenderMaxFor = (size) => (size >= 100_000 ? 100 : undefined)

/** List pages 2–6 of each country are prerendered at build (app/[locale]/_collection/collection-page.tsx); page 7 is not. */
const FIRST_UNPRERENDERED_LIST_PAGE = 7

async function warm(origin, addresses) {
  const reachable = []
  for (const address of addresses) {
    await timedGet(origin + address)
    if ((await timedGet(origin + address)).status === 200) reachable.push(address)
  }
  return reachable
}

async function benchSize(size, file, options, results, references, first) {
  const wants = (part) => options.only.includes(part)
  log(`\n== ${size.toLocaleString('en')} items`)
  const prerenderMax = prerenderMaxFor(size)
  const built = build(file, log, prerenderMax)
  const server = await start(file, SERVER_PORT)
  const memory = {afterStart: server.rss()}
  try {
    const firstRender = firstRenderAddresses(size, options.seed, references, options.coldSamples, prerenderedPaths())
    log(`  answering ${server.readyMs.toFixed(0)} ms after it was started (loads and indexes the dataset meanwhile; measured from when its search sync is done)`)
    // The first page rendered after start: an item page where one is not prerendered.
    const firstItem = firstRender.first ? await timedGet(server.origin + firstRender.first) : undefined
    if (firstItem) log(`  first request, an item page: ${firstItem.ms.toFixed(0)} ms, status ${firstItem.status}`)
    const firstRequest = await timedGet(`${server.origin}/news`)
    memory.afterFirstRequest = server.rss()
    log(`  first /news request (searches the stored index): ${firstRequest.ms.toFixed(0)} ms, status ${firstRequest.status}`)
    const itemSlugs = sampleItemSlugs(size, options.seed, references, options.coldSamples)
    const countrySlugs = references.countries.map((country) => country.slug.current)
    if (wants('pages')) {
      const types = pageTypes({itemSlugs, countrySlugs, coldSamples: options.coldSamples, firstRender})
      results.pages.sizes[size] = {
        buildSeconds: built.seconds,
        prerenderMax,
        readyMs: server.readyMs,
        firstItemMs: firstItem?.ms,
        firstRequestMs: firstRequest.ms,
        routes: await measurePages(server.origin, types, {...options, log}),
      }
    }
    const cached = await warm(server.origin, ['/', ...itemSlugs.slice(0, 8).map((slug) => `/news/${slug}`), ...countrySlugs.slice(0, 3).map((slug) => `/countries/${slug}`)])
    const pageAddresses = [
      {name: 'home', address: '/'},
      {name: 'news', address: '/news'},
      {name: 'search', address: `/news?q=trabajadores&country=${countrySlugs[2]}`},
      {name: 'item', address: `/news/${itemSlugs[0]}`},
      {name: 'country', address: `/countries/${countrySlugs[2]}`},
      {name: 'topic', address: `/topics/${references.tags[0].slug.current}`},
      {name: 'countries', address: '/countries'},
    ]
    if (wants('brief')) {
      // A country's brief: the first answer draws the PDF (its reads already warm from the pages above), the next comes from the cache.
      const address = `/countries/${countrySlugs[0]}/brief.pdf`
      const first = await timedGet(server.origin + address)
      const second = await timedGet(server.origin + address)
      results.brief.sizes[size] = {address, status: first.status, bytes: first.body.length, firstMs: first.ms, secondMs: second.ms}
      log(`  country brief ${address}: ${first.ms.toFixed(0)} ms first (status ${first.status}, ${first.body.length} bytes), ${second.ms.toFixed(0)} ms next`)
    }
    if (first && wants('throughput')) {
      log('  throughput (wrk, cached pages vs static server)')
      results.throughput.size = size
      // A build asset too: Next serves it without rendering or its page cache, which shows how much is Next's server itself.
      const asset = /\/_next\/static\/[^"']+\.js/.exec((await timedGet(`${server.origin}/`)).body.toString('utf8'))?.[0]
      results.throughput.pages = await measureThroughput(server.origin, ['/', `/news/${itemSlugs[0]}`, '/api/v1/news', '/api/v1/countries', ...(asset ? [asset] : [])], {staticPort: STATIC_PORT, seconds: options.throughputSeconds, connections: options.loadConnections, log})
    }
    if (first && wants('weight')) {
      log('  weight (Chromium)')
      results.weight = {size, ...(await measureWeight(server.origin, pageAddresses, {log}))}
    }
    if (first && wants('lighthouse')) {
      log(`  lighthouse (${options.lighthouseRuns} runs a page)`)
      const mainPages = pageAddresses.filter((page) => page.name !== 'search')
      results.lighthouse = {size, runs: options.lighthouseRuns, pages: await measureLighthouse(server.origin, mainPages, {runs: options.lighthouseRuns, log})}
    }
    if (wants('load') || wants('memory')) {
      log(`  load: ${options.loadSeconds} s at ${options.loadConnections} connections over ${cached.length} cached pages`)
      const load = await measureLatency(server.origin, cached, {seconds: options.loadSeconds, connections: options.loadConnections})
      memory.afterLoad = server.rss()
      log(`  load: ${load.requestsPerSecond.toFixed(0)} req/s, p99 ${load.latency.p99?.toFixed(1)} ms, ${load.errors} errors`)
      // The same run again: does memory level off, or grow with every run?
      const second = await measureLatency(server.origin, cached, {seconds: options.loadSeconds, connections: options.loadConnections})
      memory.afterSecondLoad = server.rss()
      log(`  second load: ${second.requestsPerSecond.toFixed(0)} req/s, p99 ${second.latency.p99?.toFixed(1)} ms, ${second.errors} errors`)
      // An item page alone at 10 and at 50 connections: the latency a reader sees under light and heavy load. Latency
      // comes from autocannon, not wrk, which mis-times chunked answers (bench/lib/latency.mjs).
      const itemPage = cached.find((address) => address.startsWith('/news/'))
      const itemLatency = {}
      for (const connections of [10, 50]) {
        itemLatency[connections] = await measureLatency(server.origin, [itemPage], {seconds: options.throughputSeconds, connections})
        log(`  item page at ${connections} connections: p99 ${itemLatency[connections].latency.p99?.toFixed(1)} ms`)
      }
      results.load.sizes[size] = {...load, second, addresses: cached, itemPage, itemLatency}
    }
    results.memory.sizes[size] = memory
    log(`  memory: ${(memory.afterStart / 2 ** 20).toFixed(0)} MiB after start, ${(memory.afterFirstRequest / 2 ** 20).toFixed(0)} MiB with the dataset loaded${memory.afterLoad ? `, ${(memory.afterLoad / 2 ** 20).toFixed(0)} MiB after load, ${(memory.afterSecondLoad / 2 ** 20).toFixed(0)} MiB after the second` : ''}`)
  } catch (error) {
    log(`  next start's last output:\n${server.output().split('\n').slice(-30).join('\n')}`)
    throw error
  } finally {
    await server.stop()
    closeConnections()
  }
}

/** The line after which bench/RESULTS.md holds sections recorded by hand (bench/first-visit.mjs, bench/varnish-limit.mjs…). */
const HAND_RECORDED = '<!-- Sections below are recorded by hand from the scripts they name; npm run bench keeps them. -->'

/** The generated report, with the hand-recorded sections of the current file kept after it. */
function withHandRecorded(generated) {
  const current = existsSync(RESULTS_MD) ? readFileSync(RESULTS_MD, 'utf8') : ''
  const at = current.indexOf(HAND_RECORDED)
  return at === -1 ? generated : `${generated.trimEnd()}\n\n${current.slice(at)}`
}

async function main() {
  const options = parseOptions(process.argv.slice(2))
  if (options.renderOnly) {
    writeFileSync(RESULTS_MD, withHandRecorded(renderResults(JSON.parse(readFileSync(RESULTS_JSON, 'utf8')))))
    log('rewrote bench/RESULTS.md from bench/results.json')
    return
  }
  const started = performance.now()
  mkdirSync(OUT, {recursive: true})
  const previous = existsSync(RESULTS_JSON) ? JSON.parse(readFileSync(RESULTS_JSON, 'utf8')) : {}
  const runs = {...(previous.runs ?? {})}
  const results = {
    data: previous.data ?? {},
    search: {},
    pages: {sizes: {}},
    brief: {sizes: {}},
    throughput: {},
    weight: {},
    lighthouse: {},
    memory: {sizes: {}},
    load: {sizes: {}},
    cluster: {},
    alerts: [],
  }
  const command = `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`
  log(`${command}\nparts: ${options.only.join(', ')}; sizes: ${options.sizes.join(', ')}`)

  const files = {}
  let dataMeasured = false
  const dataStarted = performance.now()
  // The alerts part needs no dataset.
  const datasetSizes = options.only.some((part) => part !== 'alerts') ? options.sizes : []
  for (const size of datasetSizes) {
    const sizeStarted = performance.now()
    const before = existsSync(datasetFile(size)) ? statSync(datasetFile(size)).mtimeMs : 0
    files[size] = await writeDatasetFile({items: size, seed: options.seed, force: options.regenerate === 1})
    const reused = statSync(files[size]).mtimeMs === before
    if (options.only.includes('data') && !(reused && results.data[size])) {
      results.data[size] = {bytes: statSync(files[size]).size, seconds: (performance.now() - sizeStarted) / 1000, reused}
      dataMeasured = true
    }
  }
  if (options.only.includes('data')) log(`data ready in ${((performance.now() - dataStarted) / 1000).toFixed(0)} s`)

  if (options.only.includes('search')) results.search = measureSearch(options.sizes, {log})

  const references = loadReferenceDocuments()
  const serverParts = options.only.filter((part) => !['data', 'search', 'cluster', 'alerts'].includes(part))
  for (const [index, size] of options.sizes.entries()) {
    if (serverParts.length === 0) break
    try {
      await benchSize(size, files[size], options, results, references, index === 0)
    } catch (error) {
      // One size failing (e.g. out of memory) still leaves the other sizes' figures to report.
      log(`  ${size} items failed: ${error.message.split('\n')[0]}`)
      results.failures = {...results.failures, [size]: error.message.split('\n')[0]}
    }
  }

  if (options.only.includes('cluster')) {
    log(`\n== cluster (Varnish, Redis, Sanity-mode instances against the stand-in)`)
    try {
      results.cluster = await measureCluster(options, {log})
    } catch (error) {
      log(`  cluster failed: ${error.message.split('\n')[0]}`)
      results.failures = {...results.failures, cluster: error.message.split('\n')[0]}
    }
  }

  if (options.only.includes('alerts')) {
    log(`\n== alerts (fan-out of one item through a local SMTP server)`)
    try {
      results.alerts = measureAlerts({subscribers: options.subscribers, log})
    } catch (error) {
      log(`  alerts failed: ${error.message.split('\n')[0]}`)
      results.failures = {...results.failures, alerts: error.message.split('\n')[0]}
    }
  }

  const seconds = (performance.now() - started) / 1000
  const run = {date: new Date().toISOString(), command, machine: machine(), seconds, options}
  // Reused datasets keep the figures (and the run) that timed them.
  const measuredParts = options.only.filter((part) => part !== 'data' || dataMeasured || !runs.data)
  for (const part of measuredParts) runs[part] = run
  const merged = {...previous, runs, latest: run}
  for (const part of options.only) merged[part] = results[part]
  merged.failures = results.failures ?? {}
  writeFileSync(RESULTS_JSON, JSON.stringify(merged, null, 2) + '\n')
  writeFileSync(RESULTS_MD, withHandRecorded(renderResults(merged)))
  log(`\ndone in ${(seconds / 60).toFixed(1)} min; wrote bench/RESULTS.md and bench/results.json`)
}

await main()
