// Many listening sockets on one port, so a burst of new connections is not accepted one per turn of a busy event loop.
// libuv accepts a single connection per listening socket and loop turn (libuv/libuv#3696, since Node 20; the latency it
// adds under load is nodejs/node#57364). With one socket, 50 connections opened at once against a loaded server waited
// up to 1.6 s for the last accept. Sockets bound with SO_REUSEPORT each have their own queue, the kernel spreads new
// connections over them, and each turn accepts one per ready socket. This can go when libuv accepts more than one
// connection per turn again.
import http from 'node:http'

/** Linux (and the BSDs) spread connections over SO_REUSEPORT sockets; elsewhere Node refuses `reusePort`. */
export const REUSE_PORT_WORKS = ['linux', 'freebsd'].includes(process.platform)

/**
 * Serves `handler` on `port` (0: any free one) from `count` listening sockets, one `http.Server` each.
 * Resolves with the servers once all listen; `close` stops them all.
 */
export async function listenOnSharedPort(handler, {port, hostname, count = REUSE_PORT_WORKS ? 32 : 1}) {
  const servers = Array.from({length: Math.max(1, count)}, () => http.createServer(handler))
  const reusePort = servers.length > 1
  const listen = (server, atPort) =>
    new Promise((resolve, reject) => {
      server.once('error', reject)
      server.listen({port: atPort, host: hostname, reusePort}, () => {
        server.off('error', reject)
        resolve()
      })
    })
  try {
    await listen(servers[0], port)
    const bound = servers[0].address().port
    for (const server of servers.slice(1)) await listen(server, bound)
  } catch (error) {
    for (const server of servers) if (server.listening) server.close()
    throw error
  }
  return {servers, port: servers[0].address().port, close: () => servers.forEach((server) => server.close())}
}
