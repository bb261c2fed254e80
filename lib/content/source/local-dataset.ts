// Local mode's dataset, loaded and indexed once per process for every reader of it: pages, route handlers,
// instrumentation and the alerts' runner (which also runs outside Next, in the alerts bench, hence no 'server-only').
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {isPublishedDocument, parseNdjson} from '@/sanity/ndjson'
import {BUNDLED_DATASET_FILE} from '@/sanity/seed/files.mjs'
import {indexDataset, type IndexedDataset} from './local-query'

type Loaded = {file: string; dataset: IndexedDataset}

// Next bundles the modules that read it into pages, route handlers and instrumentation separately: one dataset per
// process, not one per bundle (at 100,000 items each copy is about 900 MiB of heap).
const LOADED = Symbol.for('labour-migration-news.local-dataset')
const holder = globalThis as typeof globalThis & {[LOADED]?: Loaded}

export function datasetPath(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.CONTENT_DATASET?.trim() || BUNDLED_DATASET_FILE)
}

/** The published documents of the dataset (CONTENT_DATASET or the bundled one), indexed; loaded again only for another file. */
export function loadLocalDataset(): IndexedDataset {
  const file = datasetPath()
  const loaded = holder[LOADED]
  if (loaded?.file === file) return loaded.dataset
  const dataset = indexDataset(parseNdjson(readFileSync(file), file).filter(isPublishedDocument))
  holder[LOADED] = {file, dataset}
  return dataset
}
