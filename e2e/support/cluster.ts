// Starts and stops the production topology (`npm run start:cluster`) for the cluster specs, in Sanity mode, on loopback.
import {execFile} from 'node:child_process'
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {promisify} from 'node:util'
import {SANITY_MODE_DIST_DIR, sanityModeEnv} from './sanity-mode-env'

const run = promisify(execFile)

/** Varnish's port; Redis and the two instances take the next ones (see scripts/cluster/config.mjs). */
export const CLUSTER_PORT = Number(process.env.E2E_CLUSTER_PORT || 3520)
export const CLUSTER_DIR = path.resolve('.cluster-e2e')
export const REDIS_PORT = CLUSTER_PORT + 10
export const INSTANCE_PORTS = [CLUSTER_PORT + 11, CLUSTER_PORT + 12] as const

/** Off only to see the cross-instance test fail (CLUSTER_SHARED_CACHE=off npm run test:cluster). */
const sharedCache = process.env.CLUSTER_SHARED_CACHE === 'off' ? 'off' : 'on'

function clusterEnv(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    ...sanityModeEnv(),
    NEXT_DIST_DIR: SANITY_MODE_DIST_DIR,
    PORT: String(CLUSTER_PORT),
    CLUSTER_DIR,
    CLUSTER_INSTANCES: String(INSTANCE_PORTS.length),
    CLUSTER_SHARED_CACHE: sharedCache,
  }
}

export async function startCluster(): Promise<void> {
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
