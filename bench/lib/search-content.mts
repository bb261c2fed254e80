// The search index's content for a synthetic dataset, projected as the portal projects it (its GROQ queries, through
// groq-js), for the benches that write an index (bench/search.mts, bench/index-write-stall.mts).
import {evaluate, parse} from 'groq-js'
import {SEARCH_DOCUMENTS_QUERY, SEARCH_FACETS_QUERY} from '../../lib/content/queries'
import type {IndexContent} from '../../lib/search/stored-index'
import type {SEARCH_DOCUMENTS_QUERY_RESULT, SEARCH_FACETS_QUERY_RESULT} from '../../sanity.types'

/** The documents the index is written from and the facets' names, in English. */
export async function projection(dataset: Array<{_id: string}>) {
  const byId = new Map(dataset.map((document) => [document._id, document]))
  const dereference = ({_ref}: {_ref: string}) => byId.get(_ref) ?? null
  const documents = (await (await evaluate(parse(SEARCH_DOCUMENTS_QUERY), {dataset, dereference})).get()) as SEARCH_DOCUMENTS_QUERY_RESULT
  const facets = (await (await evaluate(parse(SEARCH_FACETS_QUERY), {dataset, dereference})).get()) as SEARCH_FACETS_QUERY_RESULT
  return {documents, facets}
}

/** A whole index's content from a projection: English facet names, UTC, nothing hidden. */
export function indexContent({documents, facets}: {documents: SEARCH_DOCUMENTS_QUERY_RESULT; facets: SEARCH_FACETS_QUERY_RESULT}): IndexContent {
  return {documents, facetNames: [{language: 'en', facets}], timeZone: 'UTC', hiddenIn: new Map()}
}
