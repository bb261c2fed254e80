// The baseline for throughput: nginx (Debian's) answering the very bytes Next or Varnish sent for each address, from
// files it keeps open, with the same Content-Type and Content-Encoding, on loopback; stopped by its pid.
import {spawn} from 'node:child_process'
import {chmodSync, mkdirSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {OUT} from './paths.mjs'

const NGINX = '/usr/sbin/nginx'

/** A location block answering one address (its path, without the query) with one file, headers as Next sent them. */
function location(address, name, page) {
  const pathname = new URL(address, 'http://localhost').pathname
  const encoding = page.contentEncoding ? `\n      add_header Content-Encoding ${page.contentEncoding};` : ''
  return `    location = ${pathname} {\n      default_type "${page.contentType}";${encoding}\n      try_files /${name} =404;\n    }`
}

/**
 * Starts nginx on 127.0.0.1:`port` serving `pages` ({address: {contentType, contentEncoding?, base64}}), one worker per
 * core as Debian's default configuration has it. Resolves once it answers the first address.
 */
export async function startNginx(pages, port) {
  const dir = path.join(OUT, `nginx-${port}`)
  rmSync(dir, {recursive: true, force: true})
  mkdirSync(path.join(dir, 'www'), {recursive: true})
  mkdirSync(path.join(dir, 'tmp'), {recursive: true})
  // nginx's workers run as nobody when it is started as root: they must read the files.
  for (const folder of [OUT, dir, path.join(dir, 'www')]) chmodSync(folder, 0o755)
  const locations = Object.entries(pages).map(([address, page], index) => {
    const name = `page-${index}`
    const file = path.join(dir, 'www', name)
    writeFileSync(file, Buffer.from(page.base64, 'base64'))
    chmodSync(file, 0o644)
    return location(address, name, page)
  })
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `  ${name}_temp_path ${dir}/tmp;`).join('\n')
  writeFileSync(
    path.join(dir, 'nginx.conf'),
    `worker_processes auto;\npid ${dir}/nginx.pid;\nerror_log ${dir}/error.log;\ndaemon off;\nevents { worker_connections 1024; }\nhttp {\n  access_log off;\n  open_file_cache max=100;\n  sendfile on;\n  tcp_nopush on;\n  etag off;\n${temp}\n  server {\n    listen 127.0.0.1:${port};\n    root ${dir}/www;\n${locations.join('\n')}\n  }\n}\n`,
  )
  const child = spawn(NGINX, ['-c', path.join(dir, 'nginx.conf'), '-p', dir], {stdio: ['ignore', 'ignore', 'pipe']})
  let errors = ''
  child.stderr.on('data', (chunk) => (errors = (errors + chunk).slice(-2000)))
  // SIGTERM: nginx's master stops its workers too (after SIGKILL they would live on).
  const stopNow = () => child.kill('SIGTERM')
  process.once('exit', stopNow)
  const origin = `http://127.0.0.1:${port}`
  const first = Object.keys(pages)[0]
  for (let attempt = 0; ; attempt++) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}: ${errors}`)
    try {
      if ((await fetch(origin + first, {signal: AbortSignal.timeout(1000)})).ok) break
    } catch {
      // Not listening yet.
    }
    if (attempt > 100) {
      stopNow()
      throw new Error(`nginx did not answer on ${origin}: ${errors}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return {origin, stop: () => new Promise((resolve) => (child.once('exit', resolve), stopNow()))}
}
