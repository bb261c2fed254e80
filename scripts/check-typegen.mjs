// Fails when sanity/schema.json or sanity.types.ts no longer match the schema and queries (run `npm run typegen`).
import {execFileSync} from 'node:child_process'
import {mkdirSync, readFileSync, rmSync} from 'node:fs'
import path from 'node:path'

// The Sanity CLI resolves output paths inside the project, so the scratch folder lives here (git-ignored).
const scratch = '.typegen-check'
rmSync(scratch, {recursive: true, force: true})
mkdirSync(scratch)
const schema = path.join(scratch, 'schema.json')
const output = path.join(scratch, 'sanity.types.ts')
const sanity = path.join('node_modules', '.bin', 'sanity')
const run = (args, env = {}) => execFileSync(sanity, args, {stdio: 'pipe', env: {...process.env, ...env}})

try {
  run(['schema', 'extract', `--path=${schema}`])
  run(['typegen', 'generate'], {TYPEGEN_SCHEMA: schema, TYPEGEN_OUTPUT: output})
  // The generated header names the schema file it read; name the committed one so only real changes differ.
  const freshTypes = readFileSync(output, 'utf8').replaceAll(schema, 'sanity/schema.json')
  const stale = [
    ['sanity/schema.json', readFileSync(schema, 'utf8')],
    ['sanity.types.ts', freshTypes],
  ].filter(([committed, fresh]) => readFileSync(committed, 'utf8') !== fresh)
  if (stale.length > 0) {
    console.error(`Stale generated files: ${stale.map(([file]) => file).join(', ')}. Run \`npm run typegen\` and commit the result.`)
    process.exitCode = 1
  } else {
    console.log('Generated schema and query types are up to date.')
  }
} finally {
  rmSync(scratch, {recursive: true, force: true})
}
