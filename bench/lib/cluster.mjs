// The cluster part of `npm run bench`: Varnish in front of Sanity-mode instances (scripts/cluster) reading the stand-in:
// cached pages against a static server, publish-to-visible time over signed webhooks, and 1–3 instances on cache misses.
import {execFile, execFileSync, spawn} from 'node:child_process'
import {existsSync, readFileSync, readdirSync, rmSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import readline from 'node:readline'
import {promisify} from 'node:util'
import {encodeSignatureHeader} from '@sanity/webhook'
import {clusterConfig} from '../../scripts/cluster/config.mjs'
import {generateNewsItem, loadReferenceDocuments} from '../../sanity/seed/synthetic.mjs'
import {timedGet} from './http.mjs'
import {OUT, ROOT} from './paths.mjs'
import {nextBuild, residentBytes} from './server.mjs'
import {summarise} from './stats.mjs'
import {measureThroughput} from './throughput.mjs'
import {runWrk} from './wrk.mjs'

const run = promisify(execFile)
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

/** Varnish's port; Redis, up to three instances, the stand-in and the static server take the next ones. */
const BASE_PORT = Number(process.env.BENCH_CLUSTER_PORT || 3111)
const PORTS = {varnish: BASE_PORT, redis: BASE_PORT + 1, firstApp: BASE_PORT + 2, standIn: BASE_PORT + 5, static: BASE_PORT + 6}
export const CLUSTER_PORT_RANGE = [BASE_PORT, PORTS.static]
const DIST_DIR = path.join('bench', '.out', 'next-sanity')
const CLUSTER_DIR = path.join(OUT, 'cluster')
const MAX_INSTANCES = 3

const loadAverage = () => os.loadavg().map((value) => Number(value.toFixed(2)))

/** The stand-in (bench/cluster-stand-in.mts, through tsx, its own process): publishes one document at a time. */
async function startStandIn(items, seed) {
  const child = spawn('npx', ['tsx', 'bench/cluster-stand-in.mts', `--port=${PORTS.standIn}`, `--items=${items}`, `--seed=${seed}`], {
    cwd: ROOT,
    stdio: ['pipe', 'pipe', 'inherit'],
    detached: true,
  })
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGKILL')
    } catch {
      // Already gone.
    }
  }
  process.once('exit', stop)
  const lines = readline.createInterface({input: child.stdout})[Symbol.asyncIterator]()
  const first = await lines.next()
  if (first.done) throw new Error('the stand-in exited before it was ready')
  const {env, revalidateSecret} = JSON.parse(first.value)
  return {
    env,
    revalidateSecret,
    async put(document) {
      child.stdin.write(`${JSON.stringify({put: document})}\n`)
      if ((await lines.next()).value !== 'ok') throw new Error('the stand-in did not take the document')
    },
    stop: () => {
      stop()
      process.removeListener('exit', stop)
    },
  }
}

function clusterEnv(standIn, instances) {
  return {
    ...process.env,
    ...standIn.env,
    NEXT_DIST_DIR: DIST_DIR,
    PORT: String(PORTS.varnish),
    CLUSTER_REDIS_PORT: String(PORTS.redis),
    CLUSTER_APP_PORT: String(PORTS.firstApp),
    CLUSTER_DIR,
    CLUSTER_INSTANCES: String(instances),
  }
}

/** `npm run start:cluster` with this many instances, in a fresh folder (a cluster a crashed run left is stopped first). */
async function startCluster(env) {
  if (existsSync(path.join(CLUSTER_DIR, 'pids.json'))) await run(process.execPath, ['scripts/cluster/stop.mjs'], {cwd: ROOT, env})
  rmSync(CLUSTER_DIR, {recursive: true, force: true})
  const stop = () => run(process.execPath, ['scripts/cluster/stop.mjs'], {cwd: ROOT, env})
  try {
    await run(process.execPath, ['scripts/cluster/start.mjs'], {cwd: ROOT, env})
  } catch (error) {
    await stop()
    throw error
  }
  const {processes} = JSON.parse(readFileSync(path.join(CLUSTER_DIR, 'pids.json'), 'utf8'))
  return {config: clusterConfig(env), processes, stop}
}

const CLOCK_TICKS = Number(execFileSync('getconf', ['CLK_TCK'], {encoding: 'utf8'}).trim()) || 100

/** CPU seconds used so far by a process and its descendants (Linux /proc). */
function cpuSeconds(pid) {
  let ticks = 0
  const visit = (id) => {
    try {
      const fields = readFileSync(`/proc/${id}/stat`, 'utf8').split(') ')[1].split(' ')
      ticks += Number(fields[11]) + Number(fields[12])
      for (const task of readdirSync(`/proc/${id}/task`)) {
        for (const child of readFileSync(`/proc/${id}/task/${task}/children`, 'utf8').trim().split(/\s+/).filter(Boolean)) visit(Number(child))
      }
    } catch {
      // Gone between listing and reading.
    }
  }
  visit(pid)
  return ticks / CLOCK_TICKS
}

/** CPU seconds the whole machine spent busy (all cores: everything but idle and I/O wait). */
function machineBusySeconds() {
  const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/)
  const values = fields.map(Number)
  return (values.reduce((sum, value) => sum + value, 0) - values[3] - values[4]) / CLOCK_TICKS
}

/** Runs `work` and answers its result with the cores each group of processes kept busy meanwhile. */
async function withCpu(groups, work) {
  const before = Object.fromEntries(Object.entries(groups).map(([name, pids]) => [name, pids.reduce((sum, pid) => sum + cpuSeconds(pid), 0)]))
  const machineBefore = machineBusySeconds()
  const started = performance.now()
  const result = await work()
  const seconds = (performance.now() - started) / 1000
  const cores = Object.fromEntries(
    Object.entries(groups).map(([name, pids]) => [name, (pids.reduce((sum, pid) => sum + cpuSeconds(pid), 0) - before[name]) / seconds]),
  )
  cores.machine = (machineBusySeconds() - machineBefore) / seconds
  return {result, cores}
}

/** Visits each address through Varnish until Varnish answers it from its cache with the copy Next keeps (tagged, long-lived). */
async function cacheInVarnish(origin, addresses) {
  for (let round = 0; round < 10; round++) {
    const answers = await Promise.all(addresses.map((address) => timedGet(origin + address)))
    if (answers.some((answer) => answer.status !== 200)) throw new Error(`not every page answered 200: ${addresses.join(', ')}`)
    if (round > 0 && answers.every((answer) => answer.headers['x-cache'] === 'HIT')) return
    // A copy Next rendered for that very request has no tags yet and lives 2 s in Varnish; the next one is Next's cached copy.
    await sleep(2_500)
  }
  throw new Error(`Varnish did not keep ${addresses.join(', ')}`)
}

/** What Sanity's webhook sends when a news item is published (the README's projection), correctly signed. */
async function sendWebhook(origin, item, references, secret) {
  const slugs = (refs, list) => (refs ?? []).map((ref) => list.find((document) => document._id === ref._ref)?.slug?.current).filter(Boolean)
  const countries = slugs(item.countries, references.countries)
  const topics = slugs(item.topics, references.tags)
  const body = JSON.stringify({
    _id: item._id,
    _type: 'newsItem',
    slug: {before: item.slug.current, after: item.slug.current},
    countries: {before: countries, after: countries},
    topics: {before: topics, after: topics},
  })
  const response = await fetch(`${origin}/api/revalidate`, {
    method: 'POST',
    body,
    headers: {'content-type': 'application/json', 'sanity-webhook-signature': await encodeSignatureHeader(body, Date.now(), secret)},
  })
  await response.arrayBuffer()
  if (response.status !== 200) throw new Error(`the webhook answered ${response.status}`)
}

/**
 * Publish-to-visible: for each of `count` synthetic items (cached in Varnish first), a changed title goes to the
 * stand-in, a signed webhook to one instance (A and B in turn), and a reader polls the item through Varnish every
 * 20 ms until the new title shows. Timed from sending the webhook; also from its answer (next-sanity's parseBody
 * waits 3 s before the webhook revalidates anything, so that Sanity's CDN has the change).
 */
async function measurePublish(cluster, standIn, {count, seed, log}) {
  const references = loadReferenceDocuments()
  const varnish = `http://127.0.0.1:${cluster.config.port}`
  const items = Array.from({length: count}, (_, index) => generateNewsItem(index * 7, seed, references))
  await cacheInVarnish(
    varnish,
    items.map((item) => `/news/${item.slug.current}`),
  )
  const samples = []
  for (const [index, item] of items.entries()) {
    const marker = `(benchmark publish ${index + 1})`
    const address = `${varnish}/news/${item.slug.current}`
    if ((await timedGet(address)).body.toString('utf8').includes(marker)) throw new Error(`${address} shows ${marker} before it was published`)
    await standIn.put({...item, title: `${item.title} ${marker}`})
    const instance = `http://127.0.0.1:${cluster.config.appPorts[index % cluster.config.appPorts.length]}`
    const sent = performance.now()
    await sendWebhook(instance, item, references, standIn.revalidateSecret)
    const answered = performance.now()
    let visible
    while (performance.now() - sent < 30_000) {
      if ((await timedGet(address)).body.toString('utf8').includes(marker)) {
        visible = performance.now()
        break
      }
      await sleep(20)
    }
    if (visible === undefined) throw new Error(`${address} did not show ${marker} within 30 s of the webhook`)
    samples.push({webhookMs: answered - sent, sinceWebhookMs: visible - sent, sinceAnswerMs: visible - answered})
    log(
      `  publish ${index + 1}/${count}: visible through Varnish ${(visible - sent).toFixed(0)} ms after the webhook was sent (${(visible - answered).toFixed(0)} ms after its answer)`,
    )
  }
  return {
    samples,
    sinceWebhook: summarise(samples.map((sample) => sample.sinceWebhookMs)),
    sinceAnswer: summarise(samples.map((sample) => sample.sinceAnswerMs)),
    webhook: summarise(samples.map((sample) => sample.webhookMs)),
  }
}

/** Searches readers make: words alone and with a country; each request gets its own address, so Varnish misses every one. */
function searchAddresses(references) {
  const words = ['migration', 'labour rights', 'recruit', 'workers', 'visa', 'remittances']
  return words.flatMap((word, index) => [
    `/news?q=${encodeURIComponent(word)}`,
    `/news?q=${encodeURIComponent(word)}&country=${references.countries[index % references.countries.length].slug.current}`,
  ])
}

export async function measureCluster(options, {log}) {
  const items = Math.min(...options.sizes)
  const references = loadReferenceDocuments()
  const standIn = await startStandIn(items, options.seed)
  const results = {items, ports: CLUSTER_PORT_RANGE, loadAverage: {atStart: loadAverage()}}
  try {
    if (options.clusterBuild === 1 || !existsSync(path.join(ROOT, DIST_DIR, 'BUILD_ID'))) {
      log(`  next build in Sanity mode against the stand-in (${items.toLocaleString('en')} synthetic items) into ${DIST_DIR}`)
      results.buildSeconds = nextBuild({...process.env, ...standIn.env}, DIST_DIR, 'in Sanity mode', log).seconds
    } else log(`  reusing the Sanity-mode build in ${DIST_DIR} (--clusterBuild=0)`)

    let cluster = await startCluster(clusterEnv(standIn, 2))
    try {
      const varnish = `http://127.0.0.1:${cluster.config.port}`
      const item = generateNewsItem(1, options.seed, references)
      const cached = ['/', `/news/${item.slug.current}`, `/countries/${references.countries[2].slug.current}`]
      await cacheInVarnish(varnish, cached)
      results.cached = {instances: 2, addresses: cached}
      for (const [name, headers] of [
        ['plain', {}],
        ['gzip', {'accept-encoding': 'gzip'}],
      ]) {
        log(`  cached pages through Varnish (${name}), against a static server sending the same bytes`)
        results.loadAverage[`before ${name}`] = loadAverage()
        results.cached[name] = await measureThroughput(varnish, cached, {
          staticPort: PORTS.static,
          seconds: options.throughputSeconds,
          connections: options.loadConnections,
          headers,
          log,
        })
      }
      results.cached.stillCached = (await Promise.all(cached.map((address) => timedGet(varnish + address)))).every(
        (answer) => answer.headers['x-cache'] === 'HIT',
      )

      log(`  publish to visible through Varnish: ${options.webhooks} signed webhooks`)
      results.loadAverage['before publish'] = loadAverage()
      results.publish = await measurePublish(cluster, standIn, {count: options.webhooks, seed: options.seed, log})
    } finally {
      await cluster.stop()
    }

    results.scaling = []
    const searches = searchAddresses(references)
    for (let instances = 1; instances <= MAX_INSTANCES; instances++) {
      cluster = await startCluster(clusterEnv(standIn, instances))
      try {
        const varnish = `http://127.0.0.1:${cluster.config.port}`
        // Each instance builds its search index on its first search: done before measuring.
        for (const port of cluster.config.appPorts) {
          for (const address of searches) {
            const answer = await timedGet(`http://127.0.0.1:${port}${address}`)
            if (answer.status !== 200) throw new Error(`${address} answered ${answer.status} on port ${port}`)
          }
        }
        const pids = (prefix) => cluster.processes.filter((entry) => entry.name.startsWith(prefix)).map((entry) => entry.pid)
        const loadAtStart = loadAverage()
        const {result, cores} = await withCpu({instances: pids('app-'), varnish: pids('varnish'), redis: pids('redis')}, () =>
          runWrk(varnish, searches, {seconds: options.throughputSeconds, connections: options.loadConnections, uniqueParameter: 'bench'}),
        )
        const memory = pids('app-').map((pid) => residentBytes(pid))
        results.scaling.push({instances, ...result, cores, memory, loadAverage: loadAtStart})
        log(
          `  ${instances} instance${instances > 1 ? 's' : ''}, search pages missing Varnish: ${result.requestsPerSecond.toFixed(0)} req/s, p99 ${result.latency.p99} ms, ${result.errors} errors; cores busy: instances ${cores.instances.toFixed(2)}, Varnish ${cores.varnish.toFixed(2)}, whole machine ${cores.machine.toFixed(2)} of ${os.cpus().length}`,
        )
      } finally {
        await cluster.stop()
      }
    }
    results.loadAverage.atEnd = loadAverage()
    results.searchAddresses = searches
  } finally {
    standIn.stop()
  }
  return results
}
