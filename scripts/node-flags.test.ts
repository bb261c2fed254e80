// `npm start` puts PGLITE_NODE_FLAGS on Next's command line: a Node that no longer knows one of them would refuse to start the portal at all.
import {spawnSync} from 'node:child_process'
import {describe, expect, it} from 'vitest'
import {PGLITE_NODE_FLAGS} from './node-flags.mjs'

describe('the V8 flags of the process that holds PGlite', () => {
  it('are accepted by the Node the project runs on, and reach the process', () => {
    const run = spawnSync(process.execPath, [...PGLITE_NODE_FLAGS, '-e', 'process.stdout.write(JSON.stringify(process.execArgv))'], {encoding: 'utf8'})
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect((JSON.parse(run.stdout) as string[]).slice(0, PGLITE_NODE_FLAGS.length)).toEqual(PGLITE_NODE_FLAGS)
  })

  it('are real flags: Node refuses one it does not know', () => {
    const run = spawnSync(process.execPath, ['--liftoff-only-not-a-flag', '-e', '0'], {encoding: 'utf8'})
    expect(run.status).not.toBe(0)
  })
})
