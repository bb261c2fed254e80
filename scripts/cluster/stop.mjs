// `npm run stop:cluster`: stops every process `start:cluster` recorded, by its pid, and checks that no port stays bound.
import {existsSync, readFileSync, rmSync} from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import {PIDS_FILE, clusterConfig} from './config.mjs'

const config = clusterConfig()
const pidsFile = path.join(config.dir, PIDS_FILE)
if (!existsSync(pidsFile)) {
  console.log(`[cluster] nothing recorded in ${pidsFile}: no cluster to stop.`)
  process.exit(0)
}
const {ports, processes} = JSON.parse(readFileSync(pidsFile, 'utf8'))

const alive = (pid) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}
/** The process and its group (each was started as a group leader). */
const signal = (pid, name) => {
  for (const target of [-pid, pid]) {
    try {
      process.kill(target, name)
    } catch {
      // Already gone.
    }
  }
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

// Front to back: Varnish, the instances, then Redis and PostgreSQL (SIGTERM: its smart shutdown, data kept).
for (const {name, pid} of [...processes].reverse()) {
  if (!alive(pid)) continue
  signal(pid, 'SIGTERM')
  for (let waited = 0; alive(pid) && waited < 10_000; waited += 100) await sleep(100)
  if (alive(pid)) signal(pid, 'SIGKILL')
  console.log(`[cluster] stopped ${name} (pid ${pid})`)
}

const bound = (port) =>
  new Promise((resolve) => {
    const server = net.createServer().once('error', () => resolve(true))
    server.listen(port, config.host, () => server.close(() => resolve(false)))
  })
let stillBound = []
for (let attempt = 0; attempt < 50; attempt++) {
  stillBound = (await Promise.all(ports.map(async (port) => ((await bound(port)) ? port : null)))).filter(Boolean)
  if (stillBound.length === 0) break
  await sleep(100)
}
rmSync(pidsFile)
if (stillBound.length > 0) {
  console.error(`[cluster] port(s) ${stillBound.join(', ')} still bound by a process this script did not start.`)
  process.exit(1)
}
console.log('[cluster] stopped; no port left bound.')
