// The database layer on PGlite: migrations apply once, the extensions work, transactions roll back on error.
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {openDatabase, type Database} from './database'
import {applyMigrations, readMigrations, splitStatements} from './migrate'

let db: Database

beforeAll(async () => {
  db = await openDatabase({dataDir: 'memory://'})
  // PGlite's first start (initdb in WebAssembly) takes seconds on a busy machine.
}, 120_000)
afterAll(() => db.close())

describe('openDatabase on PGlite', () => {
  it('applies every migration once and records it', async () => {
    const names = readMigrations().map((migration) => migration.name)
    const {rows} = await db.query<{name: string}>('SELECT name FROM schema_migrations ORDER BY name')
    expect(rows.map((row) => row.name)).toEqual(names)
    expect(await applyMigrations(db)).toEqual([])
  })

  it('has unaccent and pg_trgm', async () => {
    const {rows} = await db.query<{plain: string; close: boolean}>("SELECT unaccent($1) AS plain, similarity('migrantes', 'migrante') > 0.5 AS close", ['Migración'])
    expect(rows[0]).toEqual({plain: 'Migracion', close: true})
  })

  it('rolls a transaction back when its work throws', async () => {
    await expect(
      db.transaction(async (tx) => {
        await tx.query("INSERT INTO app_state (name, value) VALUES ('rollback-test', 'x')")
        throw new Error('stop')
      }),
    ).rejects.toThrow('stop')
    expect((await db.query("SELECT 1 FROM app_state WHERE name = 'rollback-test'")).rowCount).toBe(0)
  })

  it('counts the rows a statement changed', async () => {
    await db.query("INSERT INTO app_state (name, value) VALUES ('a', '1'), ('b', '2')")
    expect((await db.query("UPDATE app_state SET value = 'x' WHERE name IN ('a', 'b')")).rowCount).toBe(2)
    expect((await db.query("SELECT name FROM app_state WHERE name IN ('a', 'b')")).rowCount).toBe(2)
  })
})

describe('splitStatements', () => {
  it('splits on semicolons at line ends and drops comments', () => {
    expect(splitStatements('-- note\nCREATE TABLE a (x text);\n\nCREATE INDEX i ON a (x);\n')).toEqual(['CREATE TABLE a (x text)', 'CREATE INDEX i ON a (x)'])
  })
})
