// A throwaway PostgreSQL 15 server on loopback (Debian's postgresql-15) for the tests and benches that need a real server: started in a temporary folder, stopped by pid, folder deleted.
import {execFileSync, spawn} from 'node:child_process'
import {chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {postgresProgram} from '@/scripts/cluster/config.mjs'
import {openDatabase, type Database} from '@/lib/db/database'

export type ThrowawayServer = {url: string; stop(): Promise<void>}

/** PostgreSQL refuses root: as root, it runs as Debian's postgres user. */
function serverUser(): {uid: number; gid: number} | Record<string, never> {
  if (process.getuid?.() !== 0) return {}
  return {uid: Number(execFileSync('id', ['-u', 'postgres'], {encoding: 'utf8'})), gid: Number(execFileSync('id', ['-g', 'postgres'], {encoding: 'utf8'}))}
}

/** Starts a server on 127.0.0.1:`port` (user `portal`, trust on loopback) and waits until it answers with the schema applied. */
export async function startThrowawayServer(port: number, settings: string[] = []): Promise<ThrowawayServer> {
  if (!existsSync(postgresProgram('postgres'))) throw new Error('Debian package postgresql-15 is missing: apt-get install -y postgresql-15')
  const folder = mkdtempSync(path.join(tmpdir(), 'lmn-pg-'))
  chmodSync(folder, 0o711)
  const data = path.join(folder, 'data')
  const user = serverUser()
  mkdirSync(data, {mode: 0o700})
  if ('uid' in user) execFileSync('chown', [`${user.uid}:${user.gid}`, data])
  execFileSync(postgresProgram('initdb'), ['-D', data, '-U', 'portal', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8'], {stdio: 'ignore', ...user})
  const server = spawn(postgresProgram('postgres'), ['-D', data, '-h', '127.0.0.1', '-p', String(port), '-c', 'unix_socket_directories=', ...settings.flatMap((setting) => ['-c', setting])], {stdio: 'ignore', ...user})
  const url = `postgres://portal@127.0.0.1:${port}/postgres`
  const stop = async () => {
    if (server.exitCode === null && server.signalCode === null) {
      const exited = new Promise((resolve) => server.once('exit', resolve))
      server.kill('SIGINT')
      await exited
    }
    rmSync(folder, {recursive: true, force: true})
  }
  let db: Database | undefined
  for (let attempt = 0; !db; attempt++) {
    try {
      db = await openDatabase({url})
    } catch (error) {
      if (attempt > 100 || server.exitCode !== null) {
        await stop()
        throw error
      }
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
  }
  await db.close()
  return {url, stop}
}
