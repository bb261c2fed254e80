// Local mode: the bundled NDJSON (or CONTENT_DATASET) held in memory and queried with groq-js.
import 'server-only'
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {evaluate, parse} from 'groq-js'
import {LRUCacheWithDelete} from 'mnemonist'
import type {QueryParams} from 'next-sanity'
import {isPublishedDocument, parseNdjson, type NdjsonDocument} from '@/sanity/ndjson'
import {BUNDLED_DATASET_FILE} from '@/sanity/seed/files.mjs'

type LoadedDataset = {documents: NdjsonDocument[]; byId: Map<string, NdjsonDocument>}

let loaded: {file: string; dataset: LoadedDataset} | undefined

export function datasetPath(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.CONTENT_DATASET?.trim() || BUNDLED_DATASET_FILE)
}

/** Loads the dataset once per process (and again only if CONTENT_DATASET changes). */
export function loadLocalDataset(): LoadedDataset {
  const file = datasetPath()
  if (loaded?.file === file) return loaded.dataset
  const documents = parseNdjson(readFileSync(file), file).filter(isPublishedDocument)
  const dataset = {documents, byId: new Map(documents.map((document) => [document._id, document]))}
  loaded = {file, dataset}
  return dataset
}

/**
 * Answers kept per query and parameters: the dataset never changes while the process runs, so neither do they. The
 * least recently used answer goes first, so one-off queries (invented slugs) cannot push out the answers readers share.
 */
const MEMO_LIMIT = 2_000
const memo = new LRUCacheWithDelete<string, Promise<unknown>>(MEMO_LIMIT)

/** Runs one GROQ query against the local dataset (remembering recent answers), as Sanity would answer it. */
export async function queryLocal<Result>(query: string, params: QueryParams = {}): Promise<Result> {
  const key = `${datasetPath()}\n${query}\n${JSON.stringify(params)}`
  const known = memo.get(key)
  if (known) return known as Promise<Result>
  const answer = evaluateLocal<Result>(query, params)
  memo.set(key, answer)
  answer.catch(() => memo.delete(key))
  return answer
}

/** Evaluates GROQ with groq-js, resolving references through an id index instead of a scan. */
async function evaluateLocal<Result>(query: string, params: QueryParams): Promise<Result> {
  const {documents, byId} = loadLocalDataset()
  const tree = parse(query, {params})
  const value = await evaluate(tree, {
    dataset: documents,
    params,
    dereference: ({_ref}) => byId.get(_ref) ?? null,
  })
  return (await value.get()) as Result
}
