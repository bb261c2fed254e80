// Starts the Sanity-mode build for the e2e run with an empty data cache, so "never rendered" pages really are.
import {spawn} from 'node:child_process'
import {rmSync} from 'node:fs'
import path from 'node:path'
import {SANITY_MODE_DIST_DIR, SANITY_MODE_PORT, sanityModeEnv} from './sanity-mode-env'

rmSync(path.join(SANITY_MODE_DIST_DIR, 'cache', 'fetch-cache'), {recursive: true, force: true})
// Pages rendered during the run stay in memory (PAGE_CACHE_TO_DISK), so the build stays as built for the cluster specs.
// Its own PGlite folder: the local-mode server of the same run has .data/pglite open (page views are counted in both),
// and a PGlite folder must never be opened by two processes.
const server = spawn(process.execPath, ['scripts/portal-server.mjs', '-p', String(SANITY_MODE_PORT), '-H', '127.0.0.1'], {
  stdio: 'inherit',
  env: {...process.env, ...sanityModeEnv(), PAGE_CACHE_TO_DISK: 'off', PGLITE_DATA_DIR: path.resolve('.data/pglite-sanity-mode')},
})
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal))
server.on('exit', (code) => process.exit(code ?? 0))
