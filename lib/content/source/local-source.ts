// Local mode: GROQ queries answered with groq-js over the dataset held in memory (local-dataset.ts), as Sanity would.
import 'server-only'
import {LRUCacheWithDelete} from 'mnemonist'
import type {QueryParams} from 'next-sanity'
import {datasetPath, loadLocalDataset} from './local-dataset'
import {queryIndexed} from './local-query'

/**
 * Answers kept per query and parameters: the dataset never changes while the process runs, so neither do they. The
 * least recently used answer goes first, so one-off queries (invented slugs) cannot push out the answers readers share.
 * One memo per process, as one dataset (local-dataset.ts).
 */
const MEMO_LIMIT = 2_000
const MEMO = Symbol.for('labour-migration-news.local-query-memo')
const memo = ((globalThis as typeof globalThis & {[MEMO]?: LRUCacheWithDelete<string, Promise<unknown>>})[MEMO] ??= new LRUCacheWithDelete(MEMO_LIMIT))

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

/** Evaluates GROQ with groq-js over only the documents the query can touch (see local-query.ts). */
function evaluateLocal<Result>(query: string, params: QueryParams): Promise<Result> {
  return queryIndexed<Result>(loadLocalDataset(), query, params)
}
