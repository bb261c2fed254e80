// One timed GET over a keep-alive connection: status, bytes and milliseconds until the last byte of the body.
import http from 'node:http'

const agent = new http.Agent({keepAlive: true, maxSockets: 4})

export function timedGet(url, {timeoutMs = 120_000, headers = {}} = {}) {
  return new Promise((resolve) => {
    const started = performance.now()
    const request = http.get(url, {agent, headers, timeout: timeoutMs}, (response) => {
      const chunks = []
      response.on('data', (chunk) => chunks.push(chunk))
      response.on('end', () => {
        const body = Buffer.concat(chunks)
        resolve({status: response.statusCode ?? 0, ms: performance.now() - started, body, headers: response.headers})
      })
      response.on('error', (error) => resolve({status: 0, ms: performance.now() - started, body: Buffer.alloc(0), headers: {}, error: error.message}))
    })
    request.on('timeout', () => request.destroy(new Error(`timed out after ${timeoutMs} ms`)))
    request.on('error', (error) => resolve({status: 0, ms: performance.now() - started, body: Buffer.alloc(0), headers: {}, error: error.message}))
  })
}

export function closeConnections() {
  agent.destroy()
}
