// The cluster's addresses, folders and packages, shared by `npm run start:cluster` and `npm run stop:cluster`.
import {randomBytes} from 'node:crypto'
import {existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const number = (value, fallback) => (value && Number.isInteger(Number(value)) ? Number(value) : fallback)

/** Everything from the environment: PORT is Varnish's (public) port; the internal ports follow it unless set. */
export function clusterConfig(env = process.env) {
  const port = number(env.PORT, 3000)
  const instances = Math.max(1, number(env.CLUSTER_INSTANCES, 2))
  const firstAppPort = number(env.CLUSTER_APP_PORT, port + 11)
  return {
    host: '127.0.0.1',
    port,
    redisPort: number(env.CLUSTER_REDIS_PORT, port + 10),
    // Varnish's purge listener (loopback only): the webhook purges there, never on the readers' port.
    purgePort: number(env.CLUSTER_PURGE_PORT, port + 9),
    postgresPort: number(env.CLUSTER_POSTGRES_PORT, port + 8),
    // Alerts' mail: SMTP_URL when given, else a local mailbox the cluster starts (SMTP on +6, its message list on +7).
    smtpUrl: env.SMTP_URL?.trim() || null,
    mailbox: !env.SMTP_URL?.trim() && env.MAIL_CATCHER !== 'off',
    mailSmtpPort: number(env.MAIL_CATCHER_SMTP_PORT, port + 6),
    mailWebPort: number(env.MAIL_CATCHER_PORT, port + 7),
    // The portal's database: the one given, else a PostgreSQL server the cluster starts in its folder.
    databaseUrl: env.DATABASE_URL?.trim() || null,
    appPorts: Array.from({length: instances}, (_, i) => firstAppPort + i),
    dir: path.resolve(env.CLUSTER_DIR || '.cluster'),
    distDir: env.NEXT_DIST_DIR?.trim() || '.next',
    varnishMemory: env.CLUSTER_VARNISH_MEMORY || '256m',
    // Off only to show what the shared cache is for (the e2e test runs once without it and sees instance B stay stale).
    sharedCache: env.CLUSTER_SHARED_CACHE !== 'off',
  }
}

const SEARCH_PATH = [...(process.env.PATH ?? '').split(':'), '/usr/sbin', '/usr/bin', '/sbin']

export function findProgram(name) {
  for (const folder of SEARCH_PATH) if (folder && existsSync(path.join(folder, name))) return path.join(folder, name)
  return null
}

const VMOD_FOLDERS = [
  '/usr/lib/x86_64-linux-gnu/varnish/vmods',
  '/usr/lib/aarch64-linux-gnu/varnish/vmods',
  '/usr/lib/varnish/vmods',
  '/usr/lib64/varnish/vmods',
]

function hasXkey() {
  return VMOD_FOLDERS.some((folder) => existsSync(folder) && readdirSync(folder).includes('libvmod_xkey.so'))
}

/** The Debian packages the cluster runs on that are not installed. */
export function missingPackages(env = process.env) {
  const missing = []
  if (!findProgram('varnishd')) missing.push('varnish')
  if (!hasXkey()) missing.push('varnish-modules')
  if (!findProgram('redis-server')) missing.push('redis-server')
  if (!env.DATABASE_URL?.trim() && !existsSync(postgresProgram('postgres'))) missing.push('postgresql-15')
  return missing
}

export const PIDS_FILE = 'pids.json'

/**
 * This cluster's secrets: Redis's password and the key the instances sign what they store in Redis with. Made once per
 * cluster folder (mode 600), so the start script, the stop script and the tests agree; given ones (CLUSTER_REDIS_PASSWORD,
 * REDIS_SIGNING_SECRET) win.
 * @param {ReturnType<typeof clusterConfig>} config
 * @returns {{redisPassword: string, signingSecret: string}}
 */
export function clusterSecrets(config, env = process.env) {
  const file = path.join(config.dir, 'secrets.json')
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8'))
  const secrets = {
    redisPassword: env.CLUSTER_REDIS_PASSWORD?.trim() || randomBytes(24).toString('base64url'),
    signingSecret: env.REDIS_SIGNING_SECRET?.trim() || randomBytes(32).toString('base64url'),
  }
  mkdirSync(config.dir, {recursive: true})
  writeFileSync(file, JSON.stringify(secrets), {mode: 0o600})
  return secrets
}

/** The ports the cluster's own processes listen on (checked free at start, checked released at stop). */
export function clusterPorts(config) {
  return [
    config.port,
    config.purgePort,
    config.redisPort,
    ...(config.databaseUrl ? [] : [config.postgresPort]),
    ...(config.mailbox ? [config.mailSmtpPort, config.mailWebPort] : []),
    ...config.appPorts,
  ]
}

/** The instances' SMTP_URL: the one given, else the cluster's mailbox; null when mail is off. */
export function clusterSmtpUrl(config) {
  return config.smtpUrl ?? (config.mailbox ? `smtp://${config.host}:${config.mailSmtpPort}` : null)
}

/** The instances' REDIS_URL, with the password. */
export function clusterRedisUrl(config, secrets) {
  return `redis://default:${encodeURIComponent(secrets.redisPassword)}@${config.host}:${config.redisPort}`
}

/**
 * Redis as the cluster runs it: loopback, with a password, memory only (its content is rebuilt from Sanity at any
 * time), bounded. volatile-lru: every cache entry has a time to live and can be evicted; the tag table has none and
 * never is (review N1/N3).
 */
export function redisArgs(config, secrets) {
  return [
    '--port',
    String(config.redisPort),
    '--bind',
    config.host,
    '--requirepass',
    secrets.redisPassword,
    '--save',
    '',
    '--appendonly',
    'no',
    '--dir',
    config.dir,
    '--maxmemory',
    '256mb',
    '--maxmemory-policy',
    'volatile-lru',
  ]
}

/**
 * deploy/varnish/default.vcl with the backends filled in: `definitions` declares them (empty when a test declares its
 * own), `names` are added to the round robin.
 * @param {string} template
 * @param {{definitions: string, names: string[]}} backends
 */
export function fillVcl(template, {definitions, names}) {
  return template
    .replace('#BACKENDS#', definitions)
    .replace('#PURGERS#', '')
    .replace('#ADD_BACKENDS#', names.map((name) => `  instances.add_backend(${name});`).join('\n'))
}

/** Debian's PostgreSQL 15 programs (postgres, initdb, pg_dump…). */
export const POSTGRES_BIN = '/usr/lib/postgresql/15/bin'
export const postgresProgram = (name) => path.join(POSTGRES_BIN, name)

/** The user the server runs as: PostgreSQL refuses root, so root starts it as Debian's `postgres` user. */
export const POSTGRES_USER = 'portal'

/** The server's address for the instances: loopback, trust authentication within it, the default database. */
export function clusterDatabaseUrl(config) {
  return config.databaseUrl ?? `postgres://${POSTGRES_USER}@${config.host}:${config.postgresPort}/postgres`
}

/**
 * The server's data folder: in the cluster's folder, except as root, where the server runs as Debian's `postgres`
 * user, who may not be able to reach the cluster's folder (a checkout in a `mktemp -d` folder, mode 700): then a
 * folder of its own per port in the system's temporary folder.
 */
export function postgresDataDir(config, uid = process.getuid?.()) {
  return uid === 0 ? path.join(os.tmpdir(), `lmn-cluster-postgres-${config.postgresPort}`) : path.join(config.dir, 'postgres')
}

/** PostgreSQL as the cluster runs it: its own data folder, loopback TCP only, no Unix socket. */
export function postgresArgs(config) {
  return [
    '-D',
    postgresDataDir(config),
    '-h',
    config.host,
    '-p',
    String(config.postgresPort),
    '-c',
    'unix_socket_directories=',
    '-c',
    'fsync=on',
  ]
}
