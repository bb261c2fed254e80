// `npm run docs:check`: fails when README.md or docs/ names a file, npm script, environment variable or quoted constant
// that the code does not have, so the docs cannot drift from the code unnoticed.
import {existsSync, readFileSync, readdirSync, statSync} from 'node:fs'
import path from 'node:path'

const ROOT = path.resolve(import.meta.dirname, '..')

/** Build output, dependencies and generated data: never the code the docs describe. */
const SKIPPED_DIRS = new Set(['node_modules', '.git', '.next', '.next-sanity', '.cluster', 'test-results', 'playwright-report', '.data', '.out'])


/** Environment variables read by tools we run rather than by our code (the Sanity CLI's login token). */
const TOOL_VARIABLES = new Set(['SANITY_AUTH_TOKEN'])

function walk(dir, files = []) {
  for (const entry of readdirSync(dir, {withFileTypes: true})) {
    if (SKIPPED_DIRS.has(entry.name)) continue
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) walk(full, files)
    else files.push(path.relative(ROOT, full))
  }
  return files
}

const files = walk(ROOT)
const docs = files.filter((file) => file === 'README.md' || (file.startsWith(`docs${path.sep}`) && file.endsWith('.md')))
const basenames = new Set(files.map((file) => path.basename(file)))
const topLevel = new Set(readdirSync(ROOT))
const code = files
  .filter((file) => !file.endsWith('.md') && statSync(path.join(ROOT, file)).size < 4_000_000)
  .map((file) => readFileSync(path.join(ROOT, file), 'utf8'))
  .filter((text) => !text.includes('\u0000'))
  .join('\n')
const scripts = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
function anchorOf(heading) {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-')
}

function anchorsIn(file) {
  const text = readFileSync(path.join(ROOT, file), 'utf8').replace(/```[\s\S]*?```/g, '')
  return new Set([...text.matchAll(/^#{1,6} (.+)$/gm)].map(([, heading]) => anchorOf(heading)))
}

const FILE_EXTENSION = /\.(ts|tsx|mts|mjs|js|json|ndjson|md|vcl|conf|service|example|txt)$/
const PATH_CHARACTERS = /^[\w.@[\]()-]+(\/[\w.@[\]()-]+)*\/?$/
const VARIABLE = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$/
const QUOTED_CONSTANT = /^([A-Z][A-Z0-9_]*) = (.+)$/

/** What one inline code span claims, if anything: a file, a variable or constant, or a constant's value. */
function checkSpan(span, problems) {
  const constant = QUOTED_CONSTANT.exec(span)
  if (constant) {
    if (!code.includes(`${constant[1]} = ${constant[2]}`)) problems.push(`\`${span}\` is not in the code`)
    return
  }
  const assignment = /^([A-Z][A-Z0-9_]*)=\S*( |$)/.exec(span)
  const name = assignment ? assignment[1] : span
  if (VARIABLE.test(name)) {
    if (!TOOL_VARIABLES.has(name) && !new RegExp(`\\b${name}\\b`).test(code)) problems.push(`\`${name}\` appears nowhere in the code`)
    return
  }
  const candidate = span.replace(/:\d+(-\d+)?$/, '')
  if (!PATH_CHARACTERS.test(candidate)) return
  if (candidate.includes('/')) {
    // Only paths inside the repository (`next/link` or `@sanity/client` name packages), and not build output.
    if (!topLevel.has(candidate.split('/')[0]) || candidate.split('/').some((segment) => SKIPPED_DIRS.has(segment))) return
    if (!existsSync(path.join(ROOT, candidate))) problems.push(`\`${span}\` does not exist`)
  } else if (FILE_EXTENSION.test(candidate) && !basenames.has(candidate)) {
    problems.push(`\`${span}\`: no file of that name`)
  }
}

function checkLink(doc, target, problems) {
  if (/^[a-z]+:/i.test(target)) return
  const [file, anchor] = target.split('#')
  const resolved = file ? path.normalize(path.join(path.dirname(doc), file)) : doc
  if (!existsSync(path.join(ROOT, resolved))) {
    problems.push(`link to ${target} points at nothing`)
    return
  }
  if (anchor && resolved.endsWith('.md') && !anchorsIn(resolved).has(anchor)) problems.push(`link to ${target}: no such heading`)
}

let failures = 0
for (const doc of docs) {
  const problems = []
  const text = readFileSync(path.join(ROOT, doc), 'utf8')
  const prose = text.replace(/```[\s\S]*?```/g, '')
  for (const [, span] of prose.matchAll(/`([^`\n]+)`/g)) checkSpan(span, problems)
  for (const [, target] of prose.matchAll(/\]\(([^)\s]+)\)/g)) checkLink(doc, target, problems)
  for (const [, script] of text.matchAll(/\bnpm run ([\w:-]+)/g)) {
    if (!(script in scripts)) problems.push(`npm run ${script}: no such script in package.json`)
  }
  for (const problem of new Set(problems)) console.error(`${doc}: ${problem}`)
  failures += new Set(problems).size
}

if (failures > 0) {
  console.error(`docs:check: ${failures} claim(s) in README.md and docs/ do not match the code.`)
  process.exit(1)
}
console.log(`docs:check: ${docs.length} documents, every path, script, variable and quoted constant exists.`)
