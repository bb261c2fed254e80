// `node bench/varnish-limit.mjs <next origin> <page path> [--base=4046] [--seconds=10] [--rounds=2] [--vcl=file] [--param=name=value …]`:
// where a cached page's throughput goes behind Varnish. In one run, on the same page bytes: nginx serving them from a
// file, Varnish with a minimal VCL in front of nginx and in front of Next, and Varnish with the project's VCL in front
// of Next; wrk 50 connections, uncompressed and gzip, rounds interleaved; varnishstat counters after each.
import {execFileSync, spawn} from 'node:child_process'
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {OUT, ROOT} from './lib/paths.mjs'
import {runWrk} from './lib/wrk.mjs'

const [origin, page, ...flags] = process.argv.slice(2)
if (!origin || !page) throw new Error('usage: node bench/varnish-limit.mjs http://127.0.0.1:3600 /news/<slug> [--base=4046] [--seconds=10] [--rounds=2]')
const option = (name, fallback) => flags.find((flag) => flag.startsWith(`--${name}=`))?.split('=')[1] ?? fallback
// 4045 is on the fetch standard's list of blocked ports: the default range starts past it.
const BASE = Number(option('base', 4046))
const SECONDS = Number(option('seconds', 10))
const ROUNDS = Number(option('rounds', 2))
const projectVcl = path.resolve(ROOT, option('vcl', 'deploy/varnish/default.vcl'))
// Extra varnishd parameters for every Varnish of the run (e.g. --param=thread_pools=1), to weigh a tuning.
const extraParams = flags.filter((flag) => flag.startsWith('--param=')).flatMap((flag) => ['-p', flag.slice('--param='.length)])
const dir = path.join(OUT, 'varnish-limit')
mkdirSync(path.join(dir, 'www', path.dirname(page)), {recursive: true})
const children = []
const stopAll = () => {
  for (const child of children.reverse()) {
    try {
      process.kill(child.pid, 'SIGTERM')
    } catch {
      // Already gone.
    }
  }
}
process.on('exit', stopAll)
process.on('SIGINT', () => process.exit(1))

function start(name, command, args) {
  const child = spawn(command, args, {stdio: ['ignore', 'pipe', 'pipe']})
  let output = ''
  child.stdout.on('data', (chunk) => (output = (output + chunk).slice(-4000)))
  child.stderr.on('data', (chunk) => (output = (output + chunk).slice(-4000)))
  child.on('exit', (code) => console.error(`${name} exited ${code}: ${output}`))
  children.push(child)
  return child
}

async function waitFor(url) {
  for (let tries = 0; tries < 300; tries++) {
    try {
      if ((await fetch(url, {signal: AbortSignal.timeout(2000)})).ok) return
    } catch {
      // Not up yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`${url} never answered`)
}

// The page's plain bytes, as Next serves them to a client that takes no gzip.
const plain = Buffer.from(await (await fetch(origin + page, {headers: {'accept-encoding': 'identity'}})).arrayBuffer())
const file = path.join(dir, 'www', `${page}.html`)
writeFileSync(file, plain)

// nginx: every worker the machine has, the file from memory (open_file_cache), gzip off (the same bytes as plain Varnish).
const NGINX_PORT = BASE
writeFileSync(
  path.join(dir, 'nginx.conf'),
  `worker_processes auto;\npid ${dir}/nginx.pid;\nerror_log ${dir}/nginx-error.log;\ndaemon off;\nevents { worker_connections 1024; }\nhttp {\n  access_log off;\n  open_file_cache max=100;\n  sendfile on;\n  tcp_nopush on;\n  default_type text/html;\n  client_body_temp_path ${dir}/tmp;\n  proxy_temp_path ${dir}/tmp;\n  fastcgi_temp_path ${dir}/tmp;\n  uwsgi_temp_path ${dir}/tmp;\n  scgi_temp_path ${dir}/tmp;\n  server {\n    listen 127.0.0.1:${NGINX_PORT};\n    root ${dir}/www;\n    location / { try_files $uri $uri.html =404; }\n  }\n}\n`,
)
mkdirSync(path.join(dir, 'tmp'), {recursive: true})
start('nginx', '/usr/sbin/nginx', ['-c', path.join(dir, 'nginx.conf'), '-p', dir])

const backendOf = (url) => ({host: new URL(url).hostname, port: new URL(url).port})
const next = backendOf(origin)
const minimalVcl = (backend) =>
  `vcl 4.1;\nbackend b { .host = "${backend.host}"; .port = "${backend.port}"; }\nsub vcl_recv { unset req.http.Cookie; }\nsub vcl_backend_response { set beresp.ttl = 1h; }\n`
const projectVclText = (backend) =>
  readFileSync(projectVcl, 'utf8')
    .replace('#BACKENDS#', `backend app_1 {\n  .host = "${backend.host}";\n  .port = "${backend.port}";\n  .probe = instance_health;\n}`)
    .replace('#PURGERS#', '')
    .replace('#ADD_BACKENDS#', '  instances.add_backend(app_1);')

const setups = [
  {name: 'varnish minimal VCL, nginx behind', port: BASE + 1, vcl: minimalVcl({host: '127.0.0.1', port: String(NGINX_PORT)})},
  {name: 'varnish minimal VCL, Next behind', port: BASE + 2, vcl: minimalVcl(next)},
  {name: 'varnish project VCL, Next behind', port: BASE + 3, vcl: projectVclText(next)},
]
for (const setup of setups) {
  const vclFile = path.join(dir, `${setup.port}.vcl`)
  writeFileSync(vclFile, setup.vcl)
  setup.instance = path.join(dir, `varnish-${setup.port}`)
  // The cluster's own parameters (scripts/cluster/start.mjs), so only the VCL and the backend differ.
  start(`varnish ${setup.port}`, '/usr/sbin/varnishd', [
    ...['-F', '-j', 'none', '-n', setup.instance, '-a', `127.0.0.1:${setup.port}`, '-T', 'none', '-f', vclFile, '-s', 'malloc,256m'],
    ...['-p', 'http_resp_hdr_len=64k', '-p', 'http_resp_size=256k', '-p', 'workspace_backend=512k', '-p', 'http_gzip_support=off'],
    ...extraParams,
  ])
}
await waitFor(`http://127.0.0.1:${NGINX_PORT}${page}`)
for (const setup of setups) {
  await waitFor(`http://127.0.0.1:${setup.port}${page}`)
  for (let i = 0; i < 3; i++) {
    await fetch(`http://127.0.0.1:${setup.port}${page}`).then((response) => response.arrayBuffer())
    await fetch(`http://127.0.0.1:${setup.port}${page}`, {headers: {'accept-encoding': 'gzip'}}).then((response) => response.arrayBuffer())
  }
}

function counters(instance) {
  const stat = JSON.parse(execFileSync('varnishstat', ['-n', instance, '-1', '-j'], {encoding: 'utf8'}))
  const all = stat.counters ?? stat
  const pick = (name) => all[name]?.value
  return {
    hits: pick('MAIN.cache_hit'),
    misses: pick('MAIN.cache_miss'),
    passes: pick('MAIN.s_pass'),
    objects: pick('MAIN.n_object'),
    objectHeads: pick('MAIN.n_objecthead'),
    headerBytes: pick('MAIN.s_resp_hdrbytes'),
    bodyBytes: pick('MAIN.s_resp_bodybytes'),
    requests: pick('MAIN.client_req'),
    threads: pick('MAIN.threads'),
    workspaceOverflow: (pick('MAIN.ws_client_overflow') ?? 0) + (pick('MAIN.ws_thread_overflow') ?? 0),
  }
}

const targets = [{name: 'nginx, file', origin: `http://127.0.0.1:${NGINX_PORT}`}, ...setups.map((setup) => ({...setup, origin: `http://127.0.0.1:${setup.port}`}))]
const rows = []
for (let round = 1; round <= ROUNDS; round++) {
  for (const encoding of ['identity', 'gzip']) {
    for (const target of targets) {
      const before = target.instance ? counters(target.instance) : null
      const result = await runWrk(target.origin, [page], {connections: 50, seconds: SECONDS, headers: {'Accept-Encoding': encoding}})
      const after = target.instance ? counters(target.instance) : null
      const perRequest = before && after ? (after.headerBytes - before.headerBytes) / Math.max(1, after.requests - before.requests) : null
      rows.push({round, encoding, target: target.name, rps: result.requestsPerSecond, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors, headerBytesPerResponse: perRequest, counters: after})
      console.log(
        `round ${round} ${encoding.padEnd(8)} ${target.name.padEnd(36)} ${result.requestsPerSecond.toFixed(0).padStart(7)} req/s  p50 ${result.latency.p50?.toFixed(2)} ms  p99 ${result.latency.p99?.toFixed(2)} ms  errors ${result.errors}${perRequest ? `  header bytes/response ${perRequest.toFixed(0)}` : ''}${after ? `  objects ${after.objects} heads ${after.objectHeads} hits ${after.hits} misses ${after.misses} passes ${after.passes} ws-overflow ${after.workspaceOverflow}` : ''}`,
      )
    }
  }
}
console.log(`load average after: ${os.loadavg().map((value) => value.toFixed(2)).join(' ')}; ${os.cpus().length} cores`)
writeFileSync(path.join(dir, 'results.json'), JSON.stringify(rows, null, 2))
stopAll()
