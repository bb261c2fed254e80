// `npm run content:import [file]` / `npm run content:export [file]`: the Sanity CLI between a project and NDJSON files.
import {execFileSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {gunzipSync} from 'node:zlib'
import {BUNDLED_DATASET_FILE} from '../sanity/seed/files.mjs'

const [command, fileArgument] = process.argv.slice(2)
const projectId = process.env.NEXT_PUBLIC_SANITY_PROJECT_ID?.trim()
const dataset = process.env.NEXT_PUBLIC_SANITY_DATASET?.trim() || 'production'
const sanity = path.join('node_modules', '.bin', 'sanity')

if (!projectId) {
  console.error('Set NEXT_PUBLIC_SANITY_PROJECT_ID (in .env.local or the environment) to the project to import into or export from.')
  process.exit(2)
}

/** The one file Sanity's export tarball holds documents in, read without a tar tool (512-byte ustar headers). */
function dataNdjsonFromTarball(tarball) {
  const archive = gunzipSync(readFileSync(tarball))
  for (let offset = 0; offset + 512 <= archive.length; ) {
    const name = archive.toString('utf8', offset, offset + 100).replace(/\0.*$/s, '')
    if (!name) break
    const size = parseInt(archive.toString('utf8', offset + 124, offset + 136).replace(/\0.*$/s, '').trim() || '0', 8)
    const start = offset + 512
    if (name.endsWith('/data.ndjson') || name === 'data.ndjson') return archive.subarray(start, start + size)
    offset = start + Math.ceil(size / 512) * 512
  }
  throw new Error('The export holds no data.ndjson')
}

if (command === 'import') {
  const file = fileArgument || BUNDLED_DATASET_FILE
  console.log(`Importing ${file} into ${projectId}/${dataset} (documents with the same ids are replaced)…`)
  execFileSync(sanity, ['dataset', 'import', file, '--dataset', dataset, '--project-id', projectId, '--replace'], {stdio: 'inherit'})
} else if (command === 'export') {
  const file = fileArgument || path.join('sanity', 'seed', `${dataset}-export.ndjson`)
  const scratch = mkdtempSync(path.join(tmpdir(), 'sanity-export-'))
  try {
    const tarball = path.join(scratch, 'export.tar.gz')
    console.log(`Exporting ${projectId}/${dataset} (published documents, no asset files)…`)
    execFileSync(sanity, ['dataset', 'export', dataset, tarball, '--project-id', projectId, '--no-assets', '--no-drafts', '--overwrite'], {stdio: 'inherit'})
    writeFileSync(file, dataNdjsonFromTarball(tarball))
    console.log(`Wrote ${file}. Check it with \`npm run content:check ${file}\`; use it with CONTENT_DATASET=${file}.`)
  } finally {
    rmSync(scratch, {recursive: true, force: true})
  }
} else {
  console.error('Usage: node scripts/content-dataset.mjs import|export [file.ndjson]')
  process.exit(2)
}
