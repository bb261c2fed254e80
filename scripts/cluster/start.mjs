// `npm run start:cluster`: Redis, N portal-server instances of one build and Varnish in front, on loopback, pids recorded.
import {execFileSync, spawn} from 'node:child_process'
import {closeSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync} from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import {PIDS_FILE, POSTGRES_USER, clusterConfig, clusterDatabaseUrl, clusterPorts, clusterRedisUrl, clusterSmtpUrl, clusterSecrets, fillVcl, findProgram, missingPackages, postgresArgs, postgresDataDir, postgresProgram, redisArgs} from './config.mjs'

const config = clusterConfig()
const log = (message) => console.log(`[cluster] ${message}`)

function fail(message) {
  console.error(`[cluster] ${message}`)
  process.exit(1)
}

const missing = missingPackages()
if (missing.length > 0)
  fail(`Missing Debian package${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}. Install with: apt-get install -y ${missing.join(' ')}`)
if (!existsSync(path.join(config.distDir, 'BUILD_ID')))
  fail(`No build in ${config.distDir}: run \`next build\` first (every instance serves that one build).`)
if (existsSync(path.join(config.dir, PIDS_FILE))) fail(`A cluster started from ${config.dir} is still recorded: run \`npm run stop:cluster\` first.`)

const portFree = (port) =>
  new Promise((resolve) => {
    const server = net.createServer().once('error', () => resolve(false))
    server.listen(port, config.host, () => server.close(() => resolve(true)))
  })
for (const port of clusterPorts(config)) {
  if (!(await portFree(port))) fail(`Port ${port} on ${config.host} is taken: choose other ports (PORT, CLUSTER_REDIS_PORT, CLUSTER_APP_PORT, MAIL_CATCHER_SMTP_PORT, MAIL_CATCHER_PORT).`)
}

mkdirSync(config.dir, {recursive: true})
const secrets = clusterSecrets(config)
/** @type {{name: string, pid: number, port: number}[]} */
const started = []
const record = () =>
  writeFileSync(
    path.join(config.dir, PIDS_FILE),
    JSON.stringify({ports: clusterPorts(config), processes: started}, null, 2),
  )

function start(name, port, command, args, env = process.env, user = {}) {
  const out = openSync(path.join(config.dir, `${name}.log`), 'a')
  // Own process group, so stopping it also stops what it started (Varnish's worker, for one).
  const child = spawn(command, args, {detached: true, stdio: ['ignore', out, out], env, ...user})
  closeSync(out)
  child.unref()
  started.push({name, pid: child.pid, port})
  record()
  log(`${name} (pid ${child.pid}) on ${config.host}:${port}, log ${path.join(config.dir, `${name}.log`)}`)
}

async function waitFor(name, check) {
  for (let attempt = 0; attempt < 300; attempt++) {
    if (await check().catch(() => false)) return
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  fail(`${name} did not become ready: see its log in ${config.dir}, then \`npm run stop:cluster\`.`)
}

const answers = (port, urlPath) =>
  fetch(`http://${config.host}:${port}${urlPath}`, {signal: AbortSignal.timeout(5000)}).then((response) => response.ok)
const postgresAnswers = async () => {
  const {default: pg} = await import('pg')
  const client = new pg.Client({connectionString: clusterDatabaseUrl(config), connectionTimeoutMillis: 2000})
  try {
    await client.connect()
    await client.query('SELECT 1')
    return true
  } finally {
    await client.end().catch(() => undefined)
  }
}
const redisAnswers = () =>
  new Promise((resolve) => {
    const socket = net.connect(config.redisPort, config.host, () => socket.write(`AUTH ${secrets.redisPassword}\r\nPING\r\n`))
    let answer = ''
    socket.on('data', (data) => {
      answer += data.toString()
      if (!answer.includes('+PONG') && !answer.includes('-')) return
      resolve(answer.includes('+PONG'))
      socket.destroy()
    })
    socket.once('error', () => resolve(false))
    socket.once('close', () => resolve(false))
  })

// 0. PostgreSQL: the portal's database (alerts' addresses and queue), unless DATABASE_URL names one already.
if (!config.databaseUrl) {
  const dataDir = postgresDataDir(config)
  // PostgreSQL refuses to run as root: as root, the server and its folder belong to Debian's `postgres` user.
  const user = process.getuid?.() === 0 ? {uid: Number(execFileSync('id', ['-u', 'postgres'], {encoding: 'utf8'})), gid: Number(execFileSync('id', ['-g', 'postgres'], {encoding: 'utf8'}))} : {}
  // It runs from its own folder: the checkout may be closed to it.
  if (user.uid !== undefined) user.cwd = os.tmpdir()
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    mkdirSync(dataDir, {recursive: true, mode: 0o700})
    if (user.uid !== undefined) execFileSync('chown', [`${user.uid}:${user.gid}`, dataDir])
    execFileSync(postgresProgram('initdb'), ['-D', dataDir, '-U', POSTGRES_USER, '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8'], {stdio: 'ignore', ...user})
  }
  const out = path.join(config.dir, 'postgres.log')
  if (user.uid !== undefined) {
    writeFileSync(out, '', {flag: 'a'})
    execFileSync('chown', [`${user.uid}:${user.gid}`, out])
  }
  start('postgres', config.postgresPort, postgresProgram('postgres'), postgresArgs(config), process.env, user)
  await waitFor('postgres', () => postgresAnswers())
}

// 0b. Alerts' mail: with no SMTP_URL, the local mailbox of `npm start` as a process of its own, so the instances send.
if (config.mailbox) {
  start('mailbox', config.mailSmtpPort, process.execPath, ['scripts/mailbox.mjs', String(config.mailSmtpPort), String(config.mailWebPort)])
  await waitFor('mailbox', () => answers(config.mailWebPort, '/'))
  log(`alert emails go to the local mailbox: http://${config.host}:${config.mailWebPort}/ (this machine only)`)
}

// 1. Redis: the shared cache.
start('redis', config.redisPort, findProgram('redis-server'), redisArgs(config, secrets))
await waitFor('redis', redisAnswers)

// 2. The instances: one build, so one build id and one server-actions key; the shared cache and the purge address.
const portalServer = path.resolve('scripts/portal-server.mjs')
config.appPorts.forEach((port, i) => {
  const env = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: '1',
    NEXT_DIST_DIR: config.distDir,
    VARNISH_PURGE_URL: `http://${config.host}:${config.purgePort}/`,
    // The instances share this build's folder: pages rendered later stay in each one's memory (lib/cache/page-cache-handler.mjs).
    PAGE_CACHE_TO_DISK: 'off',
    DATABASE_URL: clusterDatabaseUrl(config),
  }
  const smtpUrl = clusterSmtpUrl(config)
  if (smtpUrl) env.SMTP_URL = smtpUrl
  if (config.sharedCache) {
    env.REDIS_URL = clusterRedisUrl(config, secrets)
    env.REDIS_SIGNING_SECRET = secrets.signingSecret
  } else delete env.REDIS_URL
  start(`app-${i + 1}`, port, process.execPath, [portalServer, '-p', String(port), '-H', config.host], env)
})
for (const [i, port] of config.appPorts.entries()) await waitFor(`app-${i + 1}`, () => answers(port, '/robots.txt'))

// 3. Varnish on the public port, its VCL given this run's backends.
const names = config.appPorts.map((_, i) => `app_${i + 1}`)
const vcl = fillVcl(readFileSync('deploy/varnish/default.vcl', 'utf8'), {
  definitions: config.appPorts
    .map((port, i) => `backend ${names[i]} {\n  .host = "${config.host}";\n  .port = "${port}";\n  .probe = instance_health;\n}`)
    .join('\n'),
  names,
})
const vclFile = path.join(config.dir, 'cluster.vcl')
writeFileSync(vclFile, vcl)
// -F: stays in the foreground, so its pid is the one to stop; -j none: runs as this user, in this folder.
start('varnish', config.port, findProgram('varnishd'), [
  '-F',
  '-j',
  'none',
  '-n',
  path.join(config.dir, 'varnish'),
  '-a',
  `${config.host}:${config.port}`,
  // Purges only here (the VCL answers PURGE on the readers' port with 405).
  '-a',
  `purge=${config.host}:${config.purgePort}`,
  '-T',
  'none',
  '-f',
  vclFile,
  '-s',
  `malloc,${config.varnishMemory}`,
  '-p',
  'http_resp_hdr_len=64k',
  '-p',
  'http_resp_size=256k',
  '-p',
  'workspace_backend=512k',
  // Next compresses; Varnish keeps a gzip and a plain copy (see the VCL) rather than unzipping for every plain client.
  '-p',
  'http_gzip_support=off',
])
await waitFor('varnish', () => answers(config.port, '/robots.txt'))

log(
  `ready: http://${config.host}:${config.port} (Varnish) → ${config.appPorts.length} instances, ${config.sharedCache ? 'sharing' : 'NOT sharing'} their caches through Redis. Stop with \`npm run stop:cluster\`.`,
)
