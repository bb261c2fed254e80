// `node bench/aging.mjs <origin> <server pid> [--seconds=20] [--mixed=120]`: does `next start`'s tail latency grow with
// the server's age? autocannon on an item and the home page (50 connections), then mixed traffic from wrk (pages,
// searches in both languages, invented item addresses), then autocannon again; resident memory and the page cache's files each time,
// and with --inspect=<port> (the server started with --inspect=127.0.0.1:<port>) its memory after a forced full GC too.
import {execFileSync} from 'node:child_process'
import {mkdirSync, readdirSync, statSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {OUT, ROOT} from './lib/paths.mjs'
import {memoryAfterGc} from './lib/inspector.mjs'
import {measureLatency} from './lib/latency.mjs'
import {residentBytes} from './lib/server.mjs'

const [origin, pidText, ...flags] = process.argv.slice(2)
if (!origin || !pidText) throw new Error('usage: node bench/aging.mjs http://127.0.0.1:3600 <next-server pid> [--seconds=20] [--mixed=120] [--dist=.next] [--inspect=9229]')
const option = (name, fallback) => flags.find((flag) => flag.startsWith(`--${name}=`))?.split('=')[1] ?? fallback
const SECONDS = Number(option('seconds', 20))
const MIXED = Number(option('mixed', 120))
const distDir = path.resolve(ROOT, option('dist', '.next'))
const pid = Number(pidText)
const inspectPort = Number(option('inspect', 0))

function countFiles(folder) {
  let count = 0
  for (const entry of readdirSync(folder)) {
    const full = path.join(folder, entry)
    count += statSync(full).isDirectory() ? countFiles(full) : 1
  }
  return count
}

/** An address at 50 connections for SECONDS (autocannon: wrk mis-times Next's chunked answers, bench/lib/latency.mjs). */
async function latencyOf(address) {
  const {requestsPerSecond, latency} = await measureLatency(origin, [address], {connections: 50, seconds: SECONDS})
  const ms = (value) => `${value.toFixed(0)}ms`
  return {rps: requestsPerSecond.toFixed(0), avg: ms(latency.mean), p50: ms(latency.p50), p99: ms(latency.p99), max: ms(latency.max)}
}

async function snapshot(label, addresses) {
  const rows = {}
  for (const [name, address] of addresses) rows[name] = await latencyOf(address)
  const memory = (residentBytes(pid) / 2 ** 20).toFixed(0)
  const files = countFiles(path.join(distDir, 'server', 'app'))
  const live = inspectPort ? await memoryAfterGc(inspectPort) : undefined
  const afterGc = live ? `; after a full GC ${live.rss} MiB (heap used ${live.heapUsed}, buffers ${live.arrayBuffers})` : ''
  console.log(`${label}: RSS ${memory} MiB${afterGc}, ${files} files under server/app, load ${os.loadavg()[0].toFixed(2)}`)
  for (const [name, row] of Object.entries(rows)) console.log(`  ${name.padEnd(5)} ${row.rps} req/s  avg ${row.avg}  p50 ${row.p50}  p99 ${row.p99}  max ${row.max}`)
  return {label, memoryMiB: Number(memory), afterGc: live, files, load: os.loadavg()[0], rows}
}

const home = await (await fetch(`${origin}/`)).text()
const item = /href="(\/news\/[a-z0-9-]+)"/.exec(home)?.[1]
if (!item) throw new Error('no item link on the home page')
const addresses = [
  ['item', item],
  ['home', '/'],
]
const results = [await snapshot('fresh', addresses)]

// Mixed traffic: the pages readers ask for, searches, and invented addresses (what probes and typos send).
mkdirSync(OUT, {recursive: true})
const script = path.join(OUT, 'aging-mixed.lua')
const words = ['recruitment', 'trabajadores', 'permits', 'migración', 'harvest', 'remittance', 'seasonal', 'covid']
writeFileSync(
  script,
  `local pages = {"/", "/es", "/news", "/countries", "/topics", "${item}", "/es${item}"}\nlocal words = {${words.map((word) => JSON.stringify(word)).join(', ')}}\nlocal i = 0\nlocal id = 0\nsetup = function(thread)\n  id = id + 1\n  thread:set("id", id)\nend\nrequest = function()\n  i = i + 1\n  local kind = i % 4\n  if kind == 0 then\n    return wrk.format("GET", pages[(i % #pages) + 1])\n  elseif kind == 1 then\n    return wrk.format("GET", "/news?q=" .. words[(i % #words) + 1] .. "&page=" .. (i % 3 + 1))\n  elseif kind == 2 then\n    return wrk.format("GET", "/es/news?q=" .. words[(i % #words) + 1])\n  else\n    return wrk.format("GET", "/news/no-such-item-" .. id .. "-" .. i)\n  end\nend\n`,
)
console.log(`mixed traffic ${MIXED} s (pages, searches, invented addresses), 10 connections`)
execFileSync('wrk', ['-t1', '-c10', `-d${MIXED}s`, '--timeout', '10s', '-s', script, origin + '/'], {encoding: 'utf8'})
results.push(await snapshot('aged', addresses))
writeFileSync(path.join(OUT, 'aging.json'), JSON.stringify(results, null, 2))
