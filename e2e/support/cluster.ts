// Starts and stops the production topology (`npm run start:cluster`) for the cluster specs, in Sanity mode, on loopback.
import {execFile, spawn} from 'node:child_process'
import {closeSync, existsSync, openSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {promisify} from 'node:util'
import {clusterConfig, clusterRedisUrl, clusterSecrets, findProgram, redisArgs} from '../../scripts/cluster/config.mjs'
import {SANITY_MODE_DIST_DIR, sanityModeEnv} from './sanity-mode-env'

const run = promisify(execFile)

/** Varnish's port; Redis and the two instances take the next ones (see scripts/cluster/config.mjs). */
export const CLUSTER_PORT = Number(process.env.E2E_CLUSTER_PORT || 3520)
export const CLUSTER_DIR = path.resolve('.cluster-e2e')

/** Off only to see the cross-instance test fail (CLUSTER_SHARED_CACHE=off npm run test:cluster). */
const sharedCache = process.env.CLUSTER_SHARED_CACHE === 'off' ? 'off' : 'on'

/** The instances' statistics key (the Studio's dashboard reads view and subscriber counts with it). */
export const CLUSTER_STATS_KEY = 'cluster-stats-key'

function clusterEnv(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    ...sanityModeEnv(),
    ALERTS_STATS_TOKEN: CLUSTER_STATS_KEY,
    NEXT_DIST_DIR: SANITY_MODE_DIST_DIR,
    PORT: String(CLUSTER_PORT),
    CLUSTER_DIR,
    CLUSTER_INSTANCES: '2',
    CLUSTER_SHARED_CACHE: sharedCache,
  }
}

/** The instances' ports, as start:cluster derives them from the same environment. */
export const INSTANCE_PORTS: readonly number[] = clusterConfig(clusterEnv()).appPorts

/** Redis's address with this cluster's password (start:cluster made it, in the cluster's folder). */
export function redisUrl(): string {
  const config = clusterConfig(clusterEnv())
  return clusterRedisUrl(config, clusterSecrets(config))
}

/** Redis's address without a password: what anyone else on the machine could try. */
export const REDIS_URL_WITHOUT_PASSWORD = `redis://127.0.0.1:${clusterConfig(clusterEnv()).redisPort}`

/** Starts the cluster in a fresh folder, so its logs hold this run only (a cluster still recorded there fails the start). */
export async function startCluster(): Promise<void> {
  if (!existsSync(path.join(CLUSTER_DIR, 'pids.json'))) rmSync(CLUSTER_DIR, {recursive: true, force: true})
  await run(process.execPath, ['scripts/cluster/start.mjs'], {env: clusterEnv()})
}

export async function stopCluster(): Promise<string> {
  const {stdout} = await run(process.execPath, ['scripts/cluster/stop.mjs'], {env: clusterEnv()})
  return stdout
}

/** The pid `start:cluster` recorded for one of its processes ("redis", "app-1", "app-2", "varnish"). */
export function clusterPid(name: string): number {
  const {processes} = JSON.parse(readFileSync(path.join(CLUSTER_DIR, 'pids.json'), 'utf8')) as {processes: Array<{name: string; pid: number}>}
  const found = processes.find((entry) => entry.name === name)
  if (!found) throw new Error(`no process named ${name} in the cluster`)
  return found.pid
}

/** Stops one of the cluster's processes by its recorded pid, as a crash would (SIGKILL), and waits until it is gone. */
export async function killClusterProcess(name: string): Promise<void> {
  const pid = clusterPid(name)
  process.kill(pid, 'SIGKILL')
  while (isAlive(pid)) await new Promise((resolve) => setTimeout(resolve, 50))
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** Starts Redis again as start:cluster does, and records its new pid so stop:cluster stops it. */
export async function restartRedis(): Promise<void> {
  const config = clusterConfig(clusterEnv())
  const out = openSync(path.join(config.dir, 'redis.log'), 'a')
  const redis = spawn(findProgram('redis-server') ?? 'redis-server', redisArgs(config, clusterSecrets(config)), {detached: true, stdio: ['ignore', out, out]})
  closeSync(out)
  redis.unref()
  const pidsFile = path.join(config.dir, 'pids.json')
  const recorded = JSON.parse(readFileSync(pidsFile, 'utf8')) as {processes: Array<{name: string; pid: number}>}
  for (const entry of recorded.processes) if (entry.name === 'redis') entry.pid = redis.pid!
  writeFileSync(pidsFile, JSON.stringify(recorded, null, 2))
}
