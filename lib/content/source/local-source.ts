// Local mode: the bundled NDJSON (or CONTENT_DATASET) held in memory, indexed, and queried with groq-js.
import 'server-only'
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {LRUCacheWithDelete} from 'mnemonist'
import type {QueryParams} from 'next-sanity'
import {isPublishedDocument, parseNdjson} from '@/sanity/ndjson'
import {BUNDLED_DATASET_FILE} from '@/sanity/seed/files.mjs'
import {indexDataset, queryIndexed, type IndexedDataset} from './local-query'

/**
 * Answers kept per query and parameters: the dataset never changes while the process runs, so neither do they. The
 * least recently used answer goes first, so one-off queries (invented slugs) cannot push out the answers readers share.
 */
const MEMO_LIMIT = 2_000

type LocalState = {loaded?: {file: string; dataset: IndexedDataset}; memo: LRUCacheWithDelete<string, Promise<unknown>>}

// Next bundles this module into pages, route handlers and instrumentation separately: one dataset per process, not
// one per bundle (at 100,000 items each copy is about 900 MiB of heap).
const STATE = Symbol.for('labour-migration-news.local-dataset')
const state: LocalState = ((globalThis as typeof globalThis & {[STATE]?: LocalState})[STATE] ??= {memo: new LRUCacheWithDelete(MEMO_LIMIT)})

export function datasetPath(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.CONTENT_DATASET?.trim() || BUNDLED_DATASET_FILE)
}

/** Loads and indexes the dataset once per process (and again only if CONTENT_DATASET changes). */
export function loadLocalDataset(): IndexedDataset {
  const file = datasetPath()
  if (state.loaded?.file === file) return state.loaded.dataset
  const dataset = indexDataset(parseNdjson(readFileSync(file), file).filter(isPublishedDocument))
  state.loaded = {file, dataset}
  return dataset
}

/** Runs one GROQ query against the local dataset (remembering recent answers), as Sanity would answer it. */
export async function queryLocal<Result>(query: string, params: QueryParams = {}): Promise<Result> {
  const key = `${datasetPath()}\n${query}\n${JSON.stringify(params)}`
  const known = state.memo.get(key)
  if (known) return known as Promise<Result>
  const answer = evaluateLocal<Result>(query, params)
  state.memo.set(key, answer)
  answer.catch(() => state.memo.delete(key))
  return answer
}

/** Evaluates GROQ with groq-js over only the documents the query can touch (see local-query.ts). */
function evaluateLocal<Result>(query: string, params: QueryParams): Promise<Result> {
  return queryIndexed<Result>(loadLocalDataset(), query, params)
}
