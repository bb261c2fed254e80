// Runs wrk (Debian's package) against loopback addresses and reads its summary: requests/s, latency percentiles, errors.
import {spawn} from 'node:child_process'
import {writeFileSync} from 'node:fs'
import path from 'node:path'
import {OUT} from './paths.mjs'

const UNITS = {us: 0.001, ms: 1, s: 1000, m: 60_000}

function milliseconds(text) {
  const match = /^([\d.]+)(us|ms|s|m)$/.exec(text.trim())
  return match ? Number(match[1]) * UNITS[match[2]] : undefined
}

export function parseWrk(output) {
  const latency = {}
  for (const [, p, value] of output.matchAll(/^\s+(50|75|90|99)%\s+(\S+)/gm)) latency[`p${p}`] = milliseconds(value)
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output)
  const socketErrors = socket ? socket.slice(1).reduce((sum, value) => sum + Number(value), 0) : 0
  const non2xx = Number(/Non-2xx or 3xx responses: (\d+)/.exec(output)?.[1] ?? 0)
  return {
    requestsPerSecond: Number(/Requests\/sec:\s+([\d.]+)/.exec(output)?.[1] ?? 0),
    requests: Number(/(\d+) requests in/.exec(output)?.[1] ?? 0),
    latency,
    errors: socketErrors + non2xx,
    socketErrors,
    non2xx,
  }
}

/**
 * wrk over one or more paths of an origin (several paths rotate through a small Lua script); `headers` go with every
 * request, and `uniqueParameter` adds `&<name>=<counter>` to each, so no two requests ask for the same address.
 */
export function runWrk(origin, paths, {connections = 50, seconds = 10, threads = 2, headers = {}, uniqueParameter} = {}) {
  const args = [`-t${threads}`, `-c${connections}`, `-d${seconds}s`, '--latency', '--timeout', '10s']
  for (const [name, value] of Object.entries(headers)) args.push('-H', `${name}: ${value}`)
  if (uniqueParameter) {
    const script = path.join(OUT, 'unique-paths.lua')
    const list = paths.map((address) => JSON.stringify(address)).join(', ')
    // Each wrk thread has its own Lua state: the thread's id keeps their counters apart.
    writeFileSync(
      script,
      `local paths = {${list}}\nlocal i = 0\nlocal id = 0\nsetup = function(thread)\n  id = id + 1\n  thread:set("id", id)\nend\nrequest = function()\n  i = i + 1\n  local address = paths[(i % #paths) + 1]\n  local join = address:find("?", 1, true) and "&" or "?"\n  return wrk.format("GET", address .. join .. "${uniqueParameter}=" .. id .. "-" .. i)\nend\n`,
    )
    args.push('-s', script)
  } else if (paths.length > 1) {
    const script = path.join(OUT, 'rotate-paths.lua')
    const list = paths.map((address) => JSON.stringify(address)).join(', ')
    writeFileSync(script, `local paths = {${list}}\nlocal i = 0\nrequest = function()\n  i = i + 1\n  return wrk.format("GET", paths[(i % #paths) + 1])\nend\n`)
    args.push('-s', script)
  }
  args.push(origin + paths[0])
  return new Promise((resolve, reject) => {
    const child = spawn('wrk', args, {stdio: ['ignore', 'pipe', 'pipe']})
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 ? resolve({...parseWrk(output), connections, seconds}) : reject(new Error(`wrk exited with ${code}: ${output}`))))
  })
}
