// Live memory of a running Node server: a full GC forced through its inspector (`--inspect`), then process.memoryUsage().
const MiB = 2 ** 20

/**
 * Resident memory, heap used and buffers (MiB) of the process listening for the inspector on 127.0.0.1:port, after a
 * full garbage collection: what the process keeps alive, without the garbage V8 has not collected yet.
 * @param {number} port
 */
export async function memoryAfterGc(port) {
  const [target] = await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()
  const socket = new WebSocket(target.webSocketDebuggerUrl)
  await new Promise((resolve, reject) => {
    socket.onopen = resolve
    socket.onerror = reject
  })
  let id = 0
  const pending = new Map()
  socket.onmessage = (event) => {
    const message = JSON.parse(String(event.data))
    pending.get(message.id)?.(message)
    pending.delete(message.id)
  }
  const send = (method, params = {}) =>
    new Promise((resolve) => {
      pending.set(++id, resolve)
      socket.send(JSON.stringify({id, method, params}))
    })
  try {
    await send('HeapProfiler.collectGarbage')
    const reply = await send('Runtime.evaluate', {expression: 'JSON.stringify(process.memoryUsage())', returnByValue: true})
    const usage = JSON.parse(reply.result.result.value)
    return {rss: Math.round(usage.rss / MiB), heapUsed: Math.round(usage.heapUsed / MiB), arrayBuffers: Math.round(usage.arrayBuffers / MiB)}
  } finally {
    socket.close()
  }
}
