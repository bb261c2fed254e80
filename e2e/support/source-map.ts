// TEST DOUBLE: a Content Source Map shaped like the Content Lake's, made from a query's result, so that @sanity/client's
// stega encoding runs in tests (its own filterDefault decides what to encode) exactly as it does on a real project.
import type {ContentSourceMap, ContentSourceMapDocuments} from '@sanity/client'

type Segment = string | number

function jsonPath(path: readonly Segment[]): string {
  return `$${path.map((segment) => (typeof segment === 'number' ? `[${segment}]` : `['${segment.replace(/['\\]/g, (match) => `\\${match}`)}']`)).join('')}`
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Every string leaf of `result` mapped to a `documentValue`, as Sanity maps the values a query reads from documents. The
 * source document of a leaf is the nearest enclosing object with an `_id` (or the top-level row), and its source path
 * the result path from there: `countries[0].isoCode` in an item row keeps `isoCode` as its last segment, as the real
 * map's `$['isoCode']` on the country does, and `previousSlugs[2]` keeps its numeric last segment. The real map knows
 * more (e.g. `"slug": slug.current` is `$['slug']['current']`), so the stand-in errs towards encoding more, not less.
 * `typeOf` gives a document's `_type` by id when the result does not carry it. Portable Text blocks and spans are walked as @sanity/client walks them: only span `text` is mapped.
 */
export function syntheticSourceMap(
  result: unknown,
  typeOf: (id: string) => string | undefined = () => undefined,
  fallback: {_id: string; _type: string} = {_id: 'stand-in-unknown', _type: 'unknown'},
): ContentSourceMap {
  const documents: ContentSourceMapDocuments = []
  const documentIndex = new Map<string, number>()
  const paths: string[] = []
  const pathIndex = new Map<string, number>()
  const mappings: ContentSourceMap['mappings'] = {}

  const indexOf = <Key>(table: Map<Key, number>, list: unknown[], key: Key, value: unknown) => {
    let index = table.get(key)
    if (index === undefined) {
      index = list.length
      list.push(value)
      table.set(key, index)
    }
    return index
  }

  const walk = (value: unknown, resultPath: Segment[], source: {_id: string; _type: string}, sourcePath: Segment[]) => {
    if (typeof value === 'string') {
      const document = indexOf(documentIndex, documents, source._id, {_id: source._id, _type: source._type})
      const path = indexOf(pathIndex, paths, jsonPath(sourcePath), jsonPath(sourcePath))
      mappings[jsonPath(resultPath)] = {type: 'value', source: {type: 'documentValue', document, path}}
      return
    }
    if (Array.isArray(value)) {
      value.forEach((item, index) => walk(item, [...resultPath, index], source, [...sourcePath, index]))
      return
    }
    if (!isRecord(value)) return
    const own =
      typeof value._id === 'string'
        ? {_id: value._id, _type: typeof value._type === 'string' ? value._type : (typeOf(value._id) ?? source._type)}
        : undefined
    const [nextSource, base] = own ? [own, []] : [source, sourcePath]
    if (value._type === 'block') return walk(value.children, [...resultPath, 'children'], nextSource, [...base, 'children'])
    if (value._type === 'span') return walk(value.text, [...resultPath, 'text'], nextSource, [...base, 'text'])
    for (const [key, child] of Object.entries(value)) walk(child, [...resultPath, key], nextSource, [...base, key])
  }

  if (Array.isArray(result)) result.forEach((row, index) => walk(row, [index], fallback, []))
  else walk(result, [], fallback, [])
  return {documents, paths, mappings}
}
