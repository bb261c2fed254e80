// Cached pages under wrk (from Next, or Varnish in front), beside nginx sending the very same bytes, in the same run: the ratio is the figure.
import {timedGet} from './http.mjs'
import {startNginx} from './nginx-static.mjs'
import {runWrk} from './wrk.mjs'

/**
 * For each address: save the bytes the server sends (uncompressed, as wrk asks, unless `headers` ask for gzip), then wrk
 * the server and nginx in turn, with the same headers.
 */
export async function measureThroughput(origin, addresses, {staticPort, seconds, connections, log, headers = {}}) {
  const pages = {}
  for (const address of addresses) {
    await timedGet(origin + address, {headers})
    const response = await timedGet(origin + address, {headers})
    if (response.status !== 200) throw new Error(`${address} answered ${response.status}; throughput needs cached pages`)
    pages[address] = {
      contentType: String(response.headers['content-type']),
      contentEncoding: response.headers['content-encoding'],
      base64: response.body.toString('base64'),
      bytes: response.body.length,
    }
  }
  const staticServer = await startNginx(pages, staticPort)
  const results = []
  try {
    for (const address of addresses) {
      const next = await runWrk(origin, [address], {seconds, connections, headers})
      const baseline = await runWrk(staticServer.origin, [address], {seconds, connections, headers})
      const ratio = baseline.requestsPerSecond ? next.requestsPerSecond / baseline.requestsPerSecond : undefined
      results.push({address, bytes: pages[address].bytes, contentEncoding: pages[address].contentEncoding, next, baseline, baselineServer: 'nginx', ratio})
      log(`  ${address.slice(0, 60)}: ${next.requestsPerSecond.toFixed(0)} req/s (p99 ${next.latency.p99} ms), static ${baseline.requestsPerSecond.toFixed(0)} req/s, ratio ${(100 * (ratio ?? 0)).toFixed(0)} %`)
    }
  } finally {
    await staticServer.stop()
  }
  return results
}
