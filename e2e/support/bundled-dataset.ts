// The bundled dataset's documents, read once for the Sanity-mode build and specs that load them into the stand-in.
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {parseNdjson} from '../../sanity/ndjson'
import {BUNDLED_DATASET_FILE} from '../../sanity/seed/files.mjs'
import type {StandInDocument} from './sanity-stand-in'

export function bundledDocuments(): StandInDocument[] {
  return parseNdjson(readFileSync(path.join(__dirname, '..', '..', BUNDLED_DATASET_FILE)), BUNDLED_DATASET_FILE)
}
