// Latency as readers see it, from autocannon beside wrk: wrk mis-times chunked responses (Next streams its pages and
// route answers chunked), counting waits that never happened (nodejs/node-v0.x-archive#6545, hyperium/hyper#2054).
import autocannon from 'autocannon'

/**
 * `connections` clients, each sending its next request when the last answer is complete, over `paths` in turn, for
 * `seconds`. The result has runWrk's shape (requests/s, latency percentiles in ms, errors), with the slowest answer.
 */
export async function measureLatency(origin, paths, {connections = 50, seconds = 10} = {}) {
  const result = await autocannon({
    url: origin,
    connections,
    duration: seconds,
    timeout: 10,
    requests: paths.map((path) => ({method: 'GET', path})),
  })
  const {latency} = result
  const socketErrors = result.errors + result.timeouts
  return {
    tool: 'autocannon',
    requestsPerSecond: result.requests.average,
    requests: result.requests.total,
    latency: {p50: latency.p50, p90: latency.p90, p99: latency.p99, max: latency.max, mean: latency.average},
    errors: socketErrors + result.non2xx,
    socketErrors,
    non2xx: result.non2xx,
    connections,
    seconds,
  }
}
