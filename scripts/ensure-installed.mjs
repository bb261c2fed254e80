// Installs dependencies when node_modules is missing or older than package-lock.json, so a fresh clone needs no extra step.
import {execFileSync} from 'node:child_process'
import {existsSync, statSync} from 'node:fs'

const marker = 'node_modules/.package-lock.json'
const stale = !existsSync(marker) || statSync(marker).mtimeMs < statSync('package-lock.json').mtimeMs

if (stale) {
  console.log('Installing dependencies (npm ci)…')
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], {stdio: 'inherit'})
}
