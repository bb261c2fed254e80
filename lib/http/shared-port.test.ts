// A burst of new connections reaching a busy server is accepted many at a time, not one per turn of its event loop.
import type {Server} from 'node:http'
import {Worker} from 'node:worker_threads'
import {afterEach, describe, expect, it} from 'vitest'
import {listenOnSharedPort, REUSE_PORT_WORKS} from './shared-port.mjs'

const BURST = 40

/** A thread that opens BURST connections to the port, then wakes the blocked main thread. */
const CLIENT = `
const net = require('node:net')
const {workerData: {port, signal}} = require('node:worker_threads')
const flag = new Int32Array(signal)
let open = 0
for (let i = 0; i < ${BURST}; i++) {
  const socket = net.connect(port, '127.0.0.1', () => {
    if (++open === ${BURST}) { Atomics.store(flag, 0, 1); Atomics.notify(flag, 0) }
  })
  socket.on('error', () => {})
}
`

/**
 * The connections one turn of the event loop accepts after a busy turn: the main thread is blocked (as by a render)
 * while BURST clients complete their handshakes, then counts the `connection` events of one poll phase.
 */
async function acceptedInOneTurn(servers: Server[], port: number) {
  const signal = new SharedArrayBuffer(4)
  const worker = new Worker(CLIENT, {eval: true, workerData: {port, signal}})
  Atomics.wait(new Int32Array(signal), 0, 0, 10_000)
  let accepted = 0
  for (const server of servers) server.on('connection', () => accepted++)
  // One check phase, then the next: between them lies exactly one poll phase, where connections are accepted.
  const inFirstTurn = await new Promise<number>((resolve) =>
    setImmediate(() => {
      const before = accepted
      setImmediate(() => resolve(accepted - before))
    }),
  )
  await new Promise<void>((resolve) => {
    const check = setInterval(() => accepted === BURST && (clearInterval(check), resolve()), 5)
  })
  await worker.terminate()
  return inFirstTurn
}

let close: (() => void) | undefined
afterEach(() => close?.())

describe('listenOnSharedPort', () => {
  it('serves every socket on one port and answers on it', async () => {
    const shared = await listenOnSharedPort((_req, res) => res.end('hola'), {port: 0, hostname: '127.0.0.1'})
    close = shared.close
    expect(new Set(shared.servers.map((server) => (server.address() as {port: number}).port))).toEqual(new Set([shared.port]))
    expect(await (await fetch(`http://127.0.0.1:${shared.port}/`)).text()).toBe('hola')
  })

  it.runIf(REUSE_PORT_WORKS)('accepts a burst of new connections several per loop turn', async () => {
    const shared = await listenOnSharedPort((_req, res) => res.end(), {port: 0, hostname: '127.0.0.1'})
    close = shared.close
    expect(await acceptedInOneTurn(shared.servers, shared.port)).toBeGreaterThan(BURST / 4)
  })

  it('with one socket, accepts one connection per loop turn (why the server has many)', async () => {
    const single = await listenOnSharedPort((_req, res) => res.end(), {port: 0, hostname: '127.0.0.1', count: 1})
    close = single.close
    expect(await acceptedInOneTurn(single.servers, single.port)).toBe(1)
  })

  it('refuses a port that is taken, leaving nothing listening', async () => {
    const first = await listenOnSharedPort((_req, res) => res.end(), {port: 0, hostname: '127.0.0.1', count: 1})
    close = first.close
    await expect(listenOnSharedPort((_req, res) => res.end(), {port: first.port, hostname: '127.0.0.1'})).rejects.toThrow(/EADDRINUSE/)
  })
})
