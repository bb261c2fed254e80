// The structure drawing of docs/architecture.md, checked: no import points back up, and only lib/next-internals/
// reaches into Next's private modules.
import {execFileSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'

const SOURCE = /\.(ts|tsx|mts|mjs|js)$/
const files = execFileSync('git', ['ls-files'], {encoding: 'utf8'})
  .split('\n')
  .filter((file) => SOURCE.test(file) && !file.startsWith('node_modules/'))

const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\bvi\.mock\(\s*)['"]([^'"]+)['"]/g

/** Every import of a file, as a path from the repository root (for '@/…' and relative ones) or a package name. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8')
  return [...text.matchAll(SPECIFIER)].map(([, specifier = '']) =>
    specifier.startsWith('@/') ? specifier.slice(2) : specifier.startsWith('.') ? path.normalize(path.join(path.dirname(file), specifier)) : specifier,
  )
}

/**
 * Folders a file in `from` must never import, by the drawing (a box imports only boxes below it). Unit tests may use
 * test infrastructure (`e2e/support/`, and the servers of `scripts/` they start), never `bench/`.
 */
const FORBIDDEN: Array<{from: string; never: string[]}> = [
  {from: 'lib/', never: ['app/', 'components/', 'bench/', 'scripts/', 'e2e/']},
  {from: 'components/', never: ['app/', 'bench/', 'scripts/', 'e2e/']},
  {from: 'sanity/', never: ['lib/', 'app/', 'components/', 'bench/', 'scripts/', 'e2e/']},
  {from: 'app/', never: ['bench/', 'scripts/', 'e2e/']},
]

describe('the structure drawing', () => {
  it('has no arrow back up', () => {
    const arrows = files.flatMap((file) => {
      const rule = FORBIDDEN.find((candidate) => file.startsWith(candidate.from))
      if (!rule) return []
      const isTest = /\.test\.tsx?$/.test(file)
      const allowed = (target: string) => isTest && (target.startsWith('e2e/support/') || target.startsWith('scripts/'))
      return importsOf(file)
        .filter((target) => rule.never.some((folder) => target.startsWith(folder)) && !allowed(target))
        .map((target) => `${file} → ${target}`)
    })
    expect(arrows).toEqual([])
  })

  it('reaches Next’s private modules only through lib/next-internals/', () => {
    const deep = files
      .filter((file) => !file.startsWith('lib/next-internals/'))
      .flatMap((file) => importsOf(file).filter((target) => target.startsWith('next/dist/')).map((target) => `${file} → ${target}`))
    expect(deep).toEqual([])
  })
})
