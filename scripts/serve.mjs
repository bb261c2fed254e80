// `npm start`: installs if needed, builds if the build is missing or older than the sources, then serves the portal.
import {execFileSync, spawn} from 'node:child_process'
import {existsSync, readdirSync, statSync} from 'node:fs'
import path from 'node:path'

const SOURCES = ['app', 'components', 'lib', 'sanity', 'public', 'proxy.ts', 'next.config.ts', 'sanity.config.ts', 'package-lock.json', 'postcss.config.mjs']
const BUILD_MARKER = path.join('.next', 'BUILD_ID')

function newestChange(entry) {
  if (!existsSync(entry)) return 0
  const stats = statSync(entry)
  if (!stats.isDirectory()) return stats.mtimeMs
  return readdirSync(entry).reduce((newest, child) => Math.max(newest, newestChange(path.join(entry, child))), stats.mtimeMs)
}

execFileSync(process.execPath, ['scripts/ensure-installed.mjs'], {stdio: 'inherit'})

const builtAt = existsSync(BUILD_MARKER) ? statSync(BUILD_MARKER).mtimeMs : 0
if (builtAt < Math.max(...SOURCES.map(newestChange))) {
  console.log('Building the portal (next build)…')
  execFileSync('npx', ['next', 'build'], {stdio: 'inherit', env: {...process.env, NEXT_TELEMETRY_DISABLED: '1'}})
}

const port = process.env.PORT || '3000'
console.log(`Serving on http://localhost:${port}`)
const server = spawn('npx', ['next', 'start', '-p', port], {stdio: 'inherit', env: {...process.env, NEXT_TELEMETRY_DISABLED: '1'}})
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal))
server.on('exit', (code) => process.exit(code ?? 0))
