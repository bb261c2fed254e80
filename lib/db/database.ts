// The portal's own PostgreSQL (addresses and choices, never in the CMS): PGlite in a folder of the checkout by default, a real server when DATABASE_URL is set; same SQL both ways.
import {mkdirSync} from 'node:fs'
import path from 'node:path'
import type {Pool} from 'pg'
import {applyMigrations} from './migrate'

export type Row = Record<string, unknown>

export type QueryResult<R extends Row = Row> = {rows: R[]; rowCount: number}

/** What code runs SQL through: parameters only ($1, $2…), never user input in the text. */
export interface Queryable {
  query<R extends Row = Row>(sql: string, params?: unknown[]): Promise<QueryResult<R>>
}

export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgres'
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>
  /** Runs `work` on one connection, outside any transaction (for a session's advisory lock); PGlite has only one. */
  session<T>(work: (connection: Queryable) => Promise<T>): Promise<T>
  close(): Promise<void>
}

export type DatabaseOptions = {
  /** A postgres:// address; when absent, PGlite in `dataDir`. */
  url?: string
  /** PGlite's folder; `memory://` keeps everything in memory (tests). */
  dataDir?: string
  /** Applies the migrations in lib/db/migrations first (default true). */
  migrate?: boolean
}

/** PGlite's folder when nothing says otherwise: inside the checkout, git-ignored. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), env.PGLITE_DATA_DIR?.trim() || '.data/pglite')
}

/**
 * PGlite's buffer cache, inside the portal's process. PostgreSQL's default (128MB) is counted in the process's memory
 * as soon as it is touched: 16MB holds this database's hot pages (subscribers, the outbox) and keeps an open PGlite
 * near 150 MiB instead of 300 (measured, docs/database.md).
 */
export const PGLITE_SHARED_BUFFERS = '16MB'

async function openPglite(dataDir: string): Promise<Database> {
  const [{PGlite}, {unaccent}, {pg_trgm}] = await Promise.all([
    import('@electric-sql/pglite'),
    import('@electric-sql/pglite/contrib/unaccent'),
    import('@electric-sql/pglite/contrib/pg_trgm'),
  ])
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, {recursive: true})
  // Extensions ship in the package and are loaded at start; CREATE EXTENSION still enables them in the schema.
  const db = await PGlite.create(dataDir, {extensions: {unaccent, pg_trgm}, startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${PGLITE_SHARED_BUFFERS}`]})
  const wrap = (target: Pick<typeof db, 'query'>): Queryable => ({
    async query<R extends Row>(sql: string, params: unknown[] = []) {
      const result = await target.query<R>(sql, params)
      // As pg counts: the rows a SELECT (or RETURNING) gave, else the rows a statement changed (PGlite says 0 for a SELECT).
      return {rows: result.rows, rowCount: result.rows.length || result.affectedRows || 0}
    },
  })
  return {
    kind: 'pglite',
    ...wrap(db),
    transaction: (work) => db.transaction((tx) => work(wrap(tx))),
    session: (work) => work(wrap(db)),
    close: () => db.close(),
  }
}

async function openPostgres(url: string): Promise<Database> {
  const {default: pg} = await import('pg')
  const pool = new pg.Pool({connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE) || 5})
  // An idle connection the server drops must not take the process down.
  pool.on('error', (error) => console.error(`[db] idle connection lost: ${error.message}`))
  const wrap = (target: Pick<Pool, 'query'>): Queryable => ({
    async query<R extends Row>(sql: string, params: unknown[] = []) {
      const result = await target.query<R>(sql, params)
      return {rows: result.rows, rowCount: result.rowCount ?? result.rows.length}
    },
  })
  return {
    kind: 'postgres',
    ...wrap(pool),
    async transaction(work) {
      const client = await pool.connect()
      try {
        await client.query('BEGIN')
        const result = await work(wrap(client))
        await client.query('COMMIT')
        return result
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined)
        throw error
      } finally {
        client.release()
      }
    },
    async session(work) {
      const client = await pool.connect()
      try {
        return await work(wrap(client))
      } finally {
        client.release()
      }
    },
    close: () => pool.end(),
  }
}

/** Opens a database (a new connection pool or PGlite instance) and brings its schema up to date. */
export async function openDatabase(options: DatabaseOptions = {}): Promise<Database> {
  const url = options.url ?? (process.env.DATABASE_URL?.trim() || undefined)
  const db = url ? await openPostgres(url) : await openPglite(options.dataDir ?? defaultDataDir())
  if (options.migrate !== false) await applyMigrations(db)
  return db
}

const PROCESS_KEY = Symbol.for('labour-migration-news.database')
type Holder = {[PROCESS_KEY]?: Promise<Database>}

/** Socket errors and PostgreSQL's "connection exception" and "server shutting down or full" states (SQLSTATE 08…, 57P0…, 53300). */
const UNREACHABLE_CODES = /^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENOTFOUND|EPIPE|08...|57P0[1-3]|53300)$/

/** Whether an error says the database cannot be reached now (as against a fault in a query). */
export function isDatabaseUnreachable(error: unknown): boolean {
  const code = (error as {code?: unknown} | null)?.code
  return (typeof code === 'string' && UNREACHABLE_CODES.test(code)) || /Connection terminated/i.test(String((error as Error | null)?.message))
}

/**
 * The process's one database, opened on first use. Kept on globalThis so every bundle of the server (route handlers,
 * instrumentation) shares it: a PGlite folder must only ever be open once.
 */
export function getDatabase(): Promise<Database> {
  const holder = globalThis as Holder
  holder[PROCESS_KEY] ??= openDatabase().catch((error: unknown) => {
    delete holder[PROCESS_KEY]
    throw error
  })
  return holder[PROCESS_KEY]
}
