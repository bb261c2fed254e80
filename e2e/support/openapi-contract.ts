// Checks real answers of the open data API against its own OpenAPI 3.1 document with Ajv (JSON Schema 2020-12), as a partner's client would.
import {Ajv2020} from 'ajv/dist/2020.js'
import formats from 'ajv-formats'

type OpenApi = {paths: Record<string, Record<string, {responses: Record<string, {content?: Record<string, unknown>}>}>>}

const DOCUMENT_ID = 'https://open-data.invalid/openapi.json'

export type Contract = {
  /** The errors of a body against the schema the document gives for this path, status and media type (empty when it matches). */
  check: (path: string, status: number, contentType: string, body: unknown) => string[]
}

/** JSON Pointer escaping (RFC 6901) for a path segment. */
const pointer = (segment: string) => segment.replaceAll('~', '~0').replaceAll('/', '~1')

export function contractOf(document: OpenApi): Contract {
  // OpenAPI keywords outside JSON Schema (openapi, info, paths…) are not schema errors: strict mode off.
  const ajv = new Ajv2020({strict: false, allErrors: true})
  // ajv-formats is CommonJS: its plugin is the default export under Node's ESM loader, or `.default` of it under a bundler.
  const plugin = (formats as unknown as {default?: typeof formats}).default ?? formats
  plugin(ajv)
  ajv.addSchema({...document, $id: DOCUMENT_ID})
  return {
    check(path, status, contentType, body) {
      const mediaType = contentType.split(';')[0]!.trim()
      const response = document.paths[path]?.get?.responses[String(status)]
      if (!response?.content?.[mediaType]) return [`the document lists no ${status} ${mediaType} answer for ${path}`]
      const ref = `${DOCUMENT_ID}#/paths/${pointer(path)}/get/responses/${status}/content/${pointer(mediaType)}/schema`
      const validate = ajv.getSchema(ref)
      if (!validate) return [`no schema at ${ref}`]
      return validate(body) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''}`)
    },
  }
}
