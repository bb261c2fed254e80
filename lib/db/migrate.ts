// Applies lib/db/migrations/*.sql in name order, each once, recorded in schema_migrations; safe when several instances start together.
import {readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import type {Database} from './database'

export const MIGRATIONS_DIR = path.resolve(/*turbopackIgnore: true*/ process.cwd(), 'lib/db/migrations')

/** Any fixed number: every instance takes the same transaction lock while it migrates. */
const MIGRATION_LOCK = 1_806_180_018

export type Migration = {name: string; sql: string}

export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((name) => /^\d{3,}_[\w-]+\.sql$/.test(name))
    .sort()
    .map((name) => ({name, sql: readFileSync(path.join(dir, name), 'utf8')}))
}

/** Returns the names applied now (empty when the schema was already current). */
export async function applyMigrations(db: Database, migrations = readMigrations()): Promise<string[]> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK])
    await tx.query('CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())')
    const done = new Set((await tx.query<{name: string}>('SELECT name FROM schema_migrations')).rows.map((row) => row.name))
    const applied: string[] = []
    for (const migration of migrations) {
      if (done.has(migration.name)) continue
      for (const statement of splitStatements(migration.sql)) await tx.query(statement)
      await tx.query('INSERT INTO schema_migrations (name) VALUES ($1)', [migration.name])
      applied.push(migration.name)
    }
    return applied
  })
}

/** Statements of a migration file, split on semicolons at line ends (our files keep one statement per block, no functions). */
export function splitStatements(sql: string): string[] {
  return sql
    .replace(/^\s*--.*$/gm, '')
    .split(/;\s*$/m)
    .map((statement) => statement.trim())
    .filter(Boolean)
}
