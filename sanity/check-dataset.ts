// Validates an NDJSON dataset offline with the schema's own rules; the dataset test and `content:check` share it.
import {evaluate, parse} from 'groq-js'
import {createSchema, validateDocument, type Workspace} from 'sanity'
import {translatedFieldTypes} from './languages'
import {schemaTypes} from './schemaTypes'
import {translationSchemaTypes} from './translation-plugin'

import {hasPrivatePath, rootPathId} from './document-id'
import {DEFAULT_API_VERSION} from './env'
import type {NdjsonDocument} from './ndjson'

type DatasetDocument = NdjsonDocument

export type DatasetProblem = {documentId: string; level: 'error' | 'warning'; path: string; message: string}

export type DatasetReport = {documents: number; problems: DatasetProblem[]; errors: number; warnings: number}

const schema = createSchema({name: 'default', types: [...schemaTypes, ...translatedFieldTypes, ...translationSchemaTypes()]})

/** Links between translations: a translation not published yet is linked weakly, and the site never shows it. */
const TRANSLATION_METADATA = 'translation.metadata'

function pathToString(path: ReadonlyArray<unknown>): string {
  return path
    .map((segment) => (typeof segment === 'object' && segment !== null && '_key' in segment ? `[_key=="${String(segment._key)}"]` : String(segment)))
    .join('.')
}

/** What Studio validators ask of "the client": GROQ queries, answered by groq-js over the dataset under check. */
function offlineClient(documents: DatasetDocument[]) {
  const client = {
    fetch: async (query: string, params: Record<string, unknown> = {}) => {
      const value = await evaluate(parse(query, {params}), {dataset: documents, params})
      return value.get()
    },
    withConfig: () => client,
    config: () => ({apiVersion: DEFAULT_API_VERSION}),
  }
  return client
}

/** Checks every document against its schema type, every reference against the dataset, and reports in plain words. */
export async function checkDataset(documents: DatasetDocument[], onProgress?: (checked: number, total: number) => void): Promise<DatasetReport> {
  const ids = new Set(documents.map((document) => document._id))
  const client = offlineClient(documents)
  const workspace = {schema, getClient: () => client} as unknown as Workspace
  const problems: DatasetProblem[] = []
  const seenIds = new Set<string>()
  for (const [index, document] of documents.entries()) {
    if (seenIds.has(document._id)) {
      problems.push({documentId: document._id, level: 'error', path: '_id', message: 'Another document has the same _id.'})
    }
    seenIds.add(document._id)
    if (hasPrivatePath(document._id)) {
      problems.push({
        documentId: document._id,
        level: 'error',
        path: '_id',
        message: `The id has a dot, so Sanity would keep this document private (readable only with a token) and the public site would not show it. Use a dash instead: "${rootPathId(document._id)}".`,
      })
    }
    if (!schema.get(document._type)) {
      problems.push({documentId: document._id, level: 'error', path: '_type', message: `Unknown document type "${document._type}".`})
      continue
    }
    const markers = await validateDocument({
      document: document as Parameters<typeof validateDocument>[0]['document'],
      workspace,
      environment: 'cli',
      getDocumentExists: async ({id}) => ids.has(id),
    })
    // The plugin's own checks of translation links (e.g. a linked translation not published yet) are for editors to
    // follow in the Studio: such a link is normal in a published dataset, and the site leaves it out.
    const errorLevel = document._type === TRANSLATION_METADATA ? 'warning' : 'error'
    for (const marker of markers) {
      problems.push({
        documentId: document._id,
        level: marker.level === 'error' ? errorLevel : 'warning',
        path: pathToString(marker.path),
        message: marker.message,
      })
    }
    onProgress?.(index + 1, documents.length)
  }
  for (const document of documents) {
    for (const ref of collectReferences(document, [], document._type !== TRANSLATION_METADATA)) {
      if (!ids.has(ref))
        problems.push({documentId: document._id, level: 'error', path: 'references', message: `Refers to "${ref}", which is not in the dataset.`})
    }
  }
  return {
    documents: documents.length,
    problems,
    errors: problems.filter((problem) => problem.level === 'error').length,
    warnings: problems.filter((problem) => problem.level === 'warning').length,
  }
}

/**
 * Every `_ref` anywhere in a document (weak references included unless said: a dangling one is still a broken link
 * for readers, except in translation links, where it is a translation not published yet).
 */
export function collectReferences(value: unknown, found: string[] = [], includeWeak = true): string[] {
  if (Array.isArray(value)) value.forEach((item) => collectReferences(item, found, includeWeak))
  else if (value && typeof value === 'object') {
    if (!includeWeak && (value as {_weak?: unknown})._weak === true) return found
    for (const [key, child] of Object.entries(value)) {
      if (key === '_ref' && typeof child === 'string') found.push(child)
      else collectReferences(child, found, includeWeak)
    }
  }
  return found
}
