// `npx tsx bench/index-write-stall.mts [items=10000] [pglite folder]`: how long a whole search-index write on PGlite
// holds the event loop, which is the server's own when PGlite is embedded (`npm start`). Writes the synthetic
// dataset's index once into a new folder and prints the write's time, the turns the event loop took meanwhile and
// the longest stall, with each statement that took over 80 ms.
import {mkdtempSync, rmSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {monitorEventLoopDelay} from 'node:perf_hooks'
import {openDatabase} from '../lib/db/database'
import {writeIndex} from '../lib/search/stored-index'
import {generateDocuments, loadReferenceDocuments} from '../sanity/seed/synthetic.mjs'
import {indexContent, projection} from './lib/search-content.mts'

const size = Number(process.argv[2] ?? 10_000)
const folder = process.argv[3] ?? mkdtempSync(path.join(os.tmpdir(), 'index-write-stall-'))
const ownFolder = process.argv[3] === undefined
const content = indexContent(await projection([...generateDocuments({items: size, references: loadReferenceDocuments()})]))

const db = await openDatabase({dataDir: folder})
const run = db.query.bind(db)
db.query = (async (sql: string, params?: unknown[]) => {
  const began = performance.now()
  const result = await run(sql, params)
  const took = performance.now() - began
  if (took > 80) console.log(`  ${took.toFixed(0)} ms  ${sql.replace(/\s+/g, ' ').slice(0, 60)}`)
  return result
}) as typeof db.query

let turns = 0
let writing = true
const turn = () => {
  turns += 1
  if (writing) setImmediate(turn)
}
const delay = monitorEventLoopDelay({resolution: 5})
delay.enable()
const began = performance.now()
setImmediate(turn)
await writeIndex(db, content, `stall-${Date.now()}`)
writing = false
delay.disable()
// With no turn at all the monitor never sampled: the stall was the whole write.
const stall = turns > 0 ? `${(delay.max / 1e6).toFixed(0)} ms` : 'the whole write'
console.log(`${size} items: written in ${(performance.now() - began).toFixed(0)} ms; ${turns} turns of the event loop meanwhile; longest stall ${stall}`)
await db.close()
if (ownFolder) rmSync(folder, {recursive: true, force: true})
