// `npm run content:check [file.ndjson]`: validates an NDJSON dataset offline against the schema, with progress and a summary.
import {readFileSync} from 'node:fs'
import {checkDataset} from '../sanity/check-dataset'
import {parseNdjson} from '../sanity/ndjson'
import {BUNDLED_DATASET_FILE} from '../sanity/seed/files.mjs'

async function main(): Promise<number> {
  const file = process.argv[2] || BUNDLED_DATASET_FILE
  let bytes: Buffer
  try {
    bytes = readFileSync(file)
  } catch {
    console.error(`Cannot read ${file}. Give the path of an NDJSON file (Sanity's export format).`)
    return 2
  }
  let documents
  try {
    documents = parseNdjson(bytes, file)
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error))
    return 1
  }
  console.log(`Checking ${documents.length} documents in ${file} against the schema…`)
  const step = Math.max(1, Math.floor(documents.length / 20))
  const report = await checkDataset(documents, (checked, total) => {
    if (checked % step === 0 || checked === total) process.stdout.write(`  ${checked}/${total} checked\n`)
  })
  for (const problem of report.problems) {
    console.log(`${problem.level === 'error' ? 'ERROR  ' : 'warning'} ${problem.documentId} ${problem.path}: ${problem.message}`)
  }
  const byType = new Map<string, number>()
  for (const document of documents) byType.set(document._type, (byType.get(document._type) ?? 0) + 1)
  console.log(`\n${report.documents} documents (${[...byType].map(([type, count]) => `${count} ${type}`).join(', ')})`)
  console.log(`${report.errors} error(s), ${report.warnings} warning(s)`)
  console.log(report.errors === 0 ? 'OK: the dataset can be imported and served.' : 'FAILED: fix the errors above before importing or serving this dataset.')
  return report.errors === 0 ? 0 : 1
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error))
    process.exit(1)
  },
)
