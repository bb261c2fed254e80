// `npm run content:import [file] [--replace]` / `npm run content:export [file]`: the Sanity CLI between a project and NDJSON files.
import {spawn} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {gunzipSync} from 'node:zlib'
import nextEnv from '@next/env'
import {BUNDLED_DATASET_FILE} from '../sanity/seed/files.mjs'

const USAGE = 'Usage: npm run content:import -- [file.ndjson] [--replace] [--dry-run] | npm run content:export -- [file.ndjson] [--dry-run]'

/** The command line as {command, file, replace, dryRun}; unknown commands and flags are errors, never ignored. */
export function parseArguments(argv) {
  const [command, ...rest] = argv
  if (command !== 'import' && command !== 'export') throw new Error(`Unknown command "${command ?? ''}". ${USAGE}`)
  const flags = new Set(command === 'import' ? ['--replace', '--dry-run'] : ['--dry-run'])
  const unknown = rest.filter((arg) => arg.startsWith('--') && !flags.has(arg))
  if (unknown.length > 0) throw new Error(`Unknown option ${unknown.join(', ')} for ${command}. ${USAGE}`)
  const file = rest.find((arg) => !arg.startsWith('--'))
  return {
    command,
    file: file ?? (command === 'import' ? BUNDLED_DATASET_FILE : undefined),
    replace: rest.includes('--replace'),
    dryRun: rest.includes('--dry-run'),
  }
}

/** Where an export goes: the NDJSON for local mode, and the full tarball (documents and asset files) beside it. */
export function exportFiles(file, dataset) {
  const ndjson = file ?? path.join('sanity', 'seed', `${dataset}-export.ndjson`)
  return {ndjson, tarball: `${ndjson.replace(/\.ndjson$/, '')}.tar.gz`}
}

/** The Sanity CLI's arguments: imports skip documents that already exist unless `replace`; exports keep assets. */
export function sanityArguments({command, file, replace, projectId, dataset}) {
  if (command === 'import') {
    return ['dataset', 'import', file, '--dataset', dataset, '--project-id', projectId, replace ? '--replace' : '--missing']
  }
  return ['dataset', 'export', dataset, exportFiles(file, dataset).tarball, '--project-id', projectId, '--no-drafts', '--overwrite']
}

/**
 * The second export, for local mode: `--raw` keeps every asset reference (`asset._ref`) and the `sanity.imageAsset` /
 * `sanity.fileAsset` documents (size, type, URL) as stored, where the tarball's NDJSON has them rewritten to local
 * file placeholders (`_sanityAsset`) that neither local mode nor the Studio's rules understand. No files are fetched.
 */
export function rawExportArguments({projectId, dataset, tarball}) {
  return ['dataset', 'export', dataset, tarball, '--project-id', projectId, '--no-drafts', '--overwrite', '--raw']
}

/** Assets the CLI skipped because Sanity's CDN refused them: it logs "⚠ Asset failed with HTTP 404 (ignoring): <id>". */
export function assetFailures(log) {
  return [...log.matchAll(/Asset failed with HTTP (\d+) \(ignoring\): (\S+)/g)].map((match) => ({status: Number(match[1]), id: match[2]}))
}

/** Sanity's asset documents: kept, so image and file references resolve (size, type, URL) in local mode. */
const ASSET_TYPES = new Set(['sanity.imageAsset', 'sanity.fileAsset'])

/**
 * Drops Sanity's own documents (preview secrets and the like), which local mode and `content:check` do not know, and
 * keeps the asset documents. Refuses an export whose asset fields were rewritten to `_sanityAsset` placeholders (the
 * tarball's form): served as it is, every image and download would silently disappear.
 */
export function withoutSystemDocuments(ndjson) {
  const lines = ndjson.toString('utf8').split('\n').filter((line) => line.trim())
  const kept = lines.filter((line) => {
    const type = String(JSON.parse(line)._type)
    return !type.startsWith('sanity.') || ASSET_TYPES.has(type)
  })
  const rewritten = kept.filter((line) => line.includes('"_sanityAsset"')).map((line) => JSON.parse(line)._id)
  if (rewritten.length > 0) {
    throw new Error(
      `${rewritten.length} document(s) have their images or files rewritten to local placeholders (_sanityAsset), e.g. ${rewritten[0]}: this is the re-import form of an export, without asset references. Export with --raw for local mode (npm run content:export does).`,
    )
  }
  return {text: kept.length > 0 ? `${kept.join('\n')}\n` : '', dropped: lines.length - kept.length}
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

/** Runs the Sanity CLI with its output shown live; resolves with its exit code and what it wrote to stderr. */
function runSanity(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join('node_modules', '.bin', 'sanity'), args, {stdio: ['inherit', 'inherit', 'pipe']})
    let log = ''
    child.stderr.on('data', (chunk) => {
      process.stderr.write(chunk)
      log += chunk.toString('utf8')
    })
    child.on('error', reject)
    child.on('close', (code) => resolve({code: code ?? 1, log}))
  })
}

async function main(argv) {
  // The same files, in the same order, as `next build`/`next start`: .env.production.local, .env.local, .env.production, .env.
  const {loadedEnvFiles} = nextEnv.loadEnvConfig(process.cwd(), false, {info: () => {}, error: console.error})
  const options = parseArguments(argv)
  if (loadedEnvFiles.length > 0) console.log(`Read ${loadedEnvFiles.map((file) => file.path).join(', ')}`)
  const projectId = process.env.NEXT_PUBLIC_SANITY_PROJECT_ID?.trim()
  const dataset = process.env.NEXT_PUBLIC_SANITY_DATASET?.trim() || 'production'
  if (!projectId) {
    console.error('Set NEXT_PUBLIC_SANITY_PROJECT_ID (in .env.local, .env or the environment) to the project to import into or export from.')
    return 2
  }
  const args = sanityArguments({...options, projectId, dataset})
  if (options.dryRun) {
    console.log(`sanity ${args.join(' ')}`)
    return 0
  }
  if (options.command === 'import') {
    console.log(
      options.replace
        ? `Importing ${options.file} into ${projectId}/${dataset}, replacing documents with the same ids (editors' changes to them are lost)…`
        : `Importing ${options.file} into ${projectId}/${dataset}; documents that already exist are left as they are (add --replace to overwrite them)…`,
    )
    return (await runSanity(args)).code
  }
  const {ndjson, tarball} = exportFiles(options.file, dataset)
  console.log(`Exporting ${projectId}/${dataset} (published documents with their image and file assets) to ${tarball}…`)
  const {code, log} = await runSanity(args)
  const failed = assetFailures(log)
  if (code !== 0) {
    console.error(
      `The export failed, so ${ndjson} was not written. If the lines above are about downloading assets, an image or file could not be fetched from Sanity's CDN (cdn.sanity.io): check this machine's access to it and run the export again.`,
    )
    return code
  }
  if (failed.length > 0) {
    console.warn(
      `${failed.length} asset file(s) could not be fetched and are missing from ${tarball} (${failed.map(({id, status}) => `${id}: HTTP ${status}`).join(', ')}). The documents still hold their image fields, alt text and captions.`,
    )
  }
  // The NDJSON for local mode comes from a second, raw export: real asset references and the asset documents.
  const folder = mkdtempSync(path.join(tmpdir(), 'content-export-'))
  try {
    const rawTarball = path.join(folder, 'raw.tar.gz')
    const raw = await runSanity(rawExportArguments({projectId, dataset, tarball: rawTarball}))
    if (raw.code !== 0) {
      console.error(`The raw export (documents with their asset references, for local mode) failed, so ${ndjson} was not written.`)
      return raw.code
    }
    const {text, dropped} = withoutSystemDocuments(dataNdjsonFromTarball(rawTarball))
    writeFileSync(ndjson, text)
    if (dropped > 0) console.log(`Left out ${dropped} of Sanity's own documents (such as preview secrets) from ${ndjson}.`)
  } finally {
    rmSync(folder, {recursive: true, force: true})
  }
  console.log(
    `Wrote ${ndjson} (with image and file asset documents and references) and kept ${tarball}, which holds the asset files too: import it into another dataset with \`npx sanity dataset import ${tarball} <dataset>\`.`,
  )
  console.log(`Check it with \`npm run content:check ${ndjson}\`; use it with CONTENT_DATASET=${ndjson}.`)
  return 0
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error) => {
      console.error(error instanceof Error ? error.message : String(error))
      process.exit(2)
    },
  )
}
