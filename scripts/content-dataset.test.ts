// content:import/export: the project is read from .env.local/.env as Next reads it, import never overwrites by default, export keeps assets.
import {spawnSync} from 'node:child_process'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import {checkDataset} from '../sanity/check-dataset'
import {parseNdjson} from '../sanity/ndjson'
import {assetFailures, parseArguments, rawExportArguments, sanityArguments, withoutSystemDocuments} from './content-dataset.mjs'

const SCRIPT = path.join(__dirname, 'content-dataset.mjs')

/** Test-only documents shaped like `sanity dataset export --raw` output: an item with an image and a PDF, and both assets. */
const RAW_EXPORT = [
  {
    _id: 'image-e2e0000000000000000000000000000000000003-100x50-png',
    _type: 'sanity.imageAsset',
    assetId: 'e2e0000000000000000000000000000000000003',
    sha1hash: 'e2e0000000000000000000000000000000000003',
    extension: 'png',
    mimeType: 'image/png',
    size: 1024,
    path: 'images/abc123/production/e2e0000000000000000000000000000000000003-100x50.png',
    url: 'https://cdn.sanity.io/images/abc123/production/e2e0000000000000000000000000000000000003-100x50.png',
  },
  {
    _id: 'file-e2e0000000000000000000000000000000000004-pdf',
    _type: 'sanity.fileAsset',
    assetId: 'e2e0000000000000000000000000000000000004',
    sha1hash: 'e2e0000000000000000000000000000000000004',
    extension: 'pdf',
    mimeType: 'application/pdf',
    size: 3072,
    path: 'files/abc123/production/e2e0000000000000000000000000000000000004.pdf',
    url: 'https://cdn.sanity.io/files/abc123/production/e2e0000000000000000000000000000000000004.pdf',
  },
  {
    _id: 'newsItem-raw-export-test-only',
    _type: 'newsItem',
    language: 'en',
    title: 'Test item of a raw export (test only)',
    slug: {_type: 'slug', current: 'raw-export-test-only'},
    summary: 'Test data only.',
    publishedAt: '2030-01-01T00:00:00Z',
    mainImage: {_type: 'image', asset: {_type: 'reference', _ref: 'image-e2e0000000000000000000000000000000000003-100x50-png'}, alt: 'Test image'},
    attachments: [{_type: 'file', _key: 'f', title: 'Test report', asset: {_type: 'reference', _ref: 'file-e2e0000000000000000000000000000000000004-pdf'}}],
  },
]
const folders: string[] = []

/** Runs the script with --dry-run in a folder holding only the given env files, as a user's shell would (no Sanity variables, no NODE_ENV=test, under which Next skips .env.local). */
function dryRun(files: Record<string, string>, args: string[] = ['import']) {
  const folder = mkdtempSync(path.join(tmpdir(), 'content-dataset-'))
  folders.push(folder)
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(folder, name), text)
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('NEXT_PUBLIC_SANITY_') && key !== 'NODE_ENV')) as NodeJS.ProcessEnv
  return spawnSync(process.execPath, [SCRIPT, ...args, '--dry-run'], {cwd: folder, env, encoding: 'utf8'})
}

afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, {recursive: true, force: true})
})

describe('content scripts read the project from env files as Next does', () => {
  it('takes the project from .env.local, which wins over .env', () => {
    const run = dryRun({'.env': 'NEXT_PUBLIC_SANITY_PROJECT_ID=fromdotenv\nNEXT_PUBLIC_SANITY_DATASET=staging\n', '.env.local': 'NEXT_PUBLIC_SANITY_PROJECT_ID=fromlocal\n'})
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('--project-id fromlocal')
    expect(run.stdout).toContain('--dataset staging')
  })

  it('says what to set when no env file names a project', () => {
    const run = dryRun({})
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/NEXT_PUBLIC_SANITY_PROJECT_ID/)
  })
})

describe('content script arguments', () => {
  const project = {projectId: 'abc123', dataset: 'production'}

  it('imports with --missing unless --replace is asked for', () => {
    expect(sanityArguments({...parseArguments(['import']), ...project})).toEqual(['dataset', 'import', 'sanity/seed/production.ndjson', '--dataset', 'production', '--project-id', 'abc123', '--missing'])
    const replacing = sanityArguments({...parseArguments(['import', 'other.ndjson', '--replace']), ...project})
    expect(replacing).toContain('--replace')
    expect(replacing).not.toContain('--missing')
    expect(replacing[2]).toBe('other.ndjson')
  })

  it('exports published documents with their assets into a tarball beside the NDJSON file', () => {
    const args = sanityArguments({...parseArguments(['export', 'out/site.ndjson']), ...project})
    expect(args.slice(0, 4)).toEqual(['dataset', 'export', 'production', 'out/site.tar.gz'])
    expect(args).toContain('--no-drafts')
    expect(args).not.toContain('--no-assets')
    expect(args).not.toContain('--raw')
  })

  it("leaves Sanity's own documents (preview secrets) out of the NDJSON for local mode, and keeps images, files and their asset documents", () => {
    const exported = RAW_EXPORT.map((document) => JSON.stringify(document))
    const {text, dropped} = withoutSystemDocuments([...exported, JSON.stringify({_id: 'sanity-preview-url-secret.x', _type: 'sanity.previewUrlSecret', secret: 's'})].join('\n'))
    expect(dropped).toBe(1)
    expect(text.trim().split('\n').map((line) => JSON.parse(line))).toEqual(RAW_EXPORT)
  })

  it('exports a second time with --raw for local mode: real asset references and asset documents, no files', () => {
    expect(rawExportArguments({projectId: 'abc123', dataset: 'production', tarball: '/tmp/raw.tar.gz'})).toEqual([
      'dataset', 'export', 'production', '/tmp/raw.tar.gz', '--project-id', 'abc123', '--no-drafts', '--overwrite', '--raw',
    ])
  })

  it('refuses an export whose assets were rewritten to local placeholders (the re-import form), saying what to do', () => {
    const item = {_id: 'newsItem-a', _type: 'newsItem', mainImage: {_type: 'image', alt: 'Workers at a training', _sanityAsset: 'image@file://./images/a.jpg'}}
    expect(() => withoutSystemDocuments(JSON.stringify(item))).toThrow(/_sanityAsset.*--raw/s)
  })

  it('gives content:check a dataset it accepts: the raw export of an item with an image and an attachment', async () => {
    const report = await checkDataset(parseNdjson(Buffer.from(withoutSystemDocuments(RAW_EXPORT.map((document) => JSON.stringify(document)).join('\n')).text), 'raw'))
    expect(report.problems.filter((problem) => problem.level === 'error')).toEqual([])
  })

  it('refuses an unknown command or flag', () => {
    expect(() => parseArguments(['upload'])).toThrow(/Unknown command "upload"/)
    expect(() => parseArguments(['import', '--force'])).toThrow(/--force/)
    expect(() => parseArguments(['export', '--replace'])).toThrow(/--replace/)
  })

  it("names the assets Sanity's CLI could not fetch", () => {
    const log = 'Exporting documents...\n⚠ Asset failed with HTTP 404 (ignoring): image-abc-100x100-jpg\n⚠ Asset failed with HTTP 403 (ignoring): file-def-pdf\n'
    expect(assetFailures(log)).toEqual([
      {status: 404, id: 'image-abc-100x100-jpg'},
      {status: 403, id: 'file-def-pdf'},
    ])
    expect(assetFailures('Exporting documents...\n')).toEqual([])
  })
})
