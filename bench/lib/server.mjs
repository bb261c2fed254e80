// Builds the portal for one dataset into its own directory and serves it on loopback as `npm start` does (scripts/portal-server.mjs), with its memory use.
import {spawn, spawnSync} from 'node:child_process'
import {cpSync, existsSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {ROOT} from './paths.mjs'
import {PGLITE_NODE_FLAGS} from '../../scripts/node-flags.mjs'

const NEXT_BIN = path.join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next')
const PORTAL_SERVER = path.join(ROOT, 'scripts', 'portal-server.mjs')
export const BENCH_DIST_DIR = path.join('bench', '.out', 'next')

function environment(dataset, prerenderMax) {
  return {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: '1',
    NEXT_PUBLIC_SANITY_PROJECT_ID: '',
    NEXT_PUBLIC_SITE_URL: 'http://localhost:3000',
    NEXT_DIST_DIR: BENCH_DIST_DIR,
    CONTENT_DATASET: dataset,
    // A PGlite folder per dataset, so the search index stored for one size is never rewritten whole for another at a
    // server's start (44 s at 100,000 items, which the bench would otherwise wait for on every start).
    PGLITE_DATA_DIR: process.env.PGLITE_DATA_DIR || path.join(ROOT, 'bench', '.out', 'pglite', path.basename(dataset, '.ndjson')),
    ...(prerenderMax ? {PRERENDER_MAX: String(prerenderMax)} : {}),
  }
}

/**
 * `next build` against one dataset (static pages such as `/` are prerendered from it); reuses the build cache.
 * `prerenderMax` caps the pages prerendered per kind (`PRERENDER_MAX`; the portal's default is 1,000).
 */
export function build(dataset, log, prerenderMax) {
  return nextBuild(environment(dataset, prerenderMax), BENCH_DIST_DIR, `for ${dataset}`, log)
}

/** `next build` with this environment into distDir (relative to the project), starting from the everyday build's cache. */
export function nextBuild(env, distDir, what, log) {
  const cache = path.join(ROOT, distDir, 'cache')
  const everydayCache = path.join(ROOT, '.next', 'cache')
  if (!existsSync(cache) && existsSync(everydayCache)) cpSync(everydayCache, cache, {recursive: true})
  // `next build` adds its dist directory's types to tsconfig.json; the benchmark's directory must not stay there.
  const tsconfig = path.join(ROOT, 'tsconfig.json')
  const tsconfigText = readFileSync(tsconfig, 'utf8')
  const started = performance.now()
  const result = spawnSync(process.execPath, [NEXT_BIN, 'build'], {
    cwd: ROOT,
    env: {...env, NEXT_DIST_DIR: distDir},
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  })
  const seconds = (performance.now() - started) / 1000
  if (readFileSync(tsconfig, 'utf8') !== tsconfigText) writeFileSync(tsconfig, tsconfigText)
  if (result.status !== 0) throw new Error(`next build failed ${what}:\n${(result.stdout + result.stderr).slice(-3000)}`)
  log(`  built in ${seconds.toFixed(0)} s`)
  return {seconds}
}

/** Every path the last benchmark build prerendered (its prerender manifest). */
export function prerenderedPaths() {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, BENCH_DIST_DIR, 'prerender-manifest.json'), 'utf8'))
  return new Set(Object.keys(manifest.routes))
}

/** Resident memory of a process and all its descendants, in bytes (Linux /proc). */
export function residentBytes(pid) {
  let total = 0
  const visit = (id) => {
    try {
      const status = readFileSync(`/proc/${id}/status`, 'utf8')
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024
      for (const task of readdirSync(`/proc/${id}/task`)) {
        const children = readFileSync(`/proc/${id}/task/${task}/children`, 'utf8').trim()
        for (const child of children ? children.split(/\s+/) : []) visit(Number(child))
      }
    } catch {
      // The process ended between listing and reading: it holds no memory any more.
    }
  }
  visit(pid)
  return total
}

/** The lines the server logs when its start's search sync ends, one way or the other (lib/content/reads/search-sync.ts). */
const SEARCH_SYNC_END = ['[search] the index follows the content', '[search] the index could not be brought up to date']

/** Waits until `done()` holds, checking every 100 ms, unless the server exits or the time runs out. */
async function waitFor(done, child, timeoutMs, what) {
  const deadline = Date.now() + timeoutMs
  while (!(await done())) {
    if (child.exitCode !== null) throw new Error(`next start exited with code ${child.exitCode}`)
    if (Date.now() > deadline) throw new Error(`next start did not ${what} within ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

async function answers(url, timeoutMs = 1_000) {
  try {
    await fetch(url, {method: 'HEAD', signal: AbortSignal.timeout(timeoutMs)})
    return true
  } catch {
    return false
  }
}

function groupAlive(pid) {
  try {
    process.kill(-pid, 0)
    return true
  } catch {
    return false
  }
}

/**
 * Starts the portal's server (Next's handler, scripts/portal-server.mjs) on 127.0.0.1:port in its own process group; resolves once it accepts connections, before any page touched the dataset.
 */
export async function start(dataset, port) {
  const origin = `http://127.0.0.1:${port}`
  // A missing build asset is answered without rendering or touching content, so this measures readiness only.
  const probe = `${origin}/_next/static/bench-readiness-probe`
  if (await answers(probe)) throw new Error(`port ${port} is already in use: stop whatever listens there first`)
  const env = environment(dataset)
  const began = performance.now()
  // As `npm start` runs it (scripts/serve.mjs): with PGlite in the process, under the V8 flags that keep its memory down.
  const flags = env.DATABASE_URL?.trim() ? [] : PGLITE_NODE_FLAGS
  const child = spawn(process.execPath, [...flags, PORTAL_SERVER, '-p', String(port), '-H', '127.0.0.1'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  const stopGroup = () => groupAlive(child.pid) && process.kill(-child.pid, 'SIGKILL')
  process.once('exit', stopGroup)
  let output = ''
  let searchSynced = false
  const record = (chunk) => {
    output = (output + chunk).slice(-20_000)
    searchSynced ||= SEARCH_SYNC_END.some((line) => output.includes(line))
  }
  child.stdout.on('data', record)
  child.stderr.on('data', record)
  const failed = (error) => {
    stopGroup()
    throw error
  }
  await waitFor(() => answers(probe, 2_000), child, 600_000, `answer on ${probe}`).catch(failed)
  const readyMs = performance.now() - began
  // The start's search sync goes on after the server answers; on a dataset's first start it writes the index whole
  // (44 s at 100,000 items), which nothing measured may overlap.
  await waitFor(() => searchSynced, child, 600_000, 'finish its search sync').catch(failed)
  return {
    origin,
    /** From spawning the process to its first answer: in local mode the dataset is loaded and indexed meanwhile (instrumentation.ts's search sync reads it). */
    readyMs,
    pid: child.pid,
    rss: () => residentBytes(child.pid),
    output: () => output,
    stop: async () => {
      if (groupAlive(child.pid)) process.kill(-child.pid, 'SIGTERM')
      const deadline = Date.now() + 5_000
      while (groupAlive(child.pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100))
      stopGroup()
      process.removeListener('exit', stopGroup)
    },
  }
}
