// The VCL's security rules (review 2026-12-05: N5, N8, N9, N10) proven by varnishtest against mock backends: each
// deploy/varnish/tests/*.vtc runs against deploy/varnish/default.vcl as the cluster fills it in.
import {execFile} from 'node:child_process'
import {chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {promisify} from 'node:util'
import {expect, test} from '@playwright/test'
import {fillVcl, findProgram} from '../scripts/cluster/config.mjs'

const run = promisify(execFile)
const TESTS = path.resolve('deploy/varnish/tests')

test.describe.configure({mode: 'parallel'})

for (const file of readdirSync(TESTS).filter((name) => name.endsWith('.vtc'))) {
  test(`varnishtest ${file}`, async () => {
    const varnishtest = findProgram('varnishtest')
    expect(varnishtest, 'varnishtest (Debian package varnish)').toBeTruthy()
    const dir = mkdtempSync(path.join(tmpdir(), 'vcl-'))
    // varnishd compiles the VCL as its own unprivileged user when run as root: it must be able to read the file.
    chmodSync(dir, 0o755)
    try {
      const vclFile = path.join(dir, 'site.vcl')
      // varnishtest declares the mock backend (s1); the VCL only adds it to its round robin.
      writeFileSync(vclFile, fillVcl(readFileSync('deploy/varnish/default.vcl', 'utf8'), {definitions: '', names: ['s1']}))
      const {stdout} = await run(varnishtest!, ['-t', '60', `-Dvcl_file=${vclFile}`, path.join(TESTS, file)], {
        env: {...process.env, PATH: `${process.env.PATH}:/usr/sbin:/usr/bin`},
      }).catch((error: {stdout?: string; stderr?: string; message: string}) => {
        throw new Error(`${file} failed:\n${(error.stdout ?? '').split('\n').filter((line) => line.startsWith('---') || line.includes('CLI RX|')).slice(-20).join('\n')}${error.stderr ?? ''}`)
      })
      expect(stdout).toMatch(/passed/)
    } finally {
      rmSync(dir, {recursive: true, force: true})
    }
  })
}
