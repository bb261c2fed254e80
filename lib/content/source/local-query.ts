// Local mode at scale: the dataset indexed once (by type, slug, id and reference) so that each GROQ query
// runs groq-js over only the documents it can touch, with the very answer groq-js gives over the whole dataset.
import {evaluate, evaluateSync, parse, type ExprNode} from 'groq-js'
import type {QueryParams} from 'next-sanity'
import type {NdjsonDocument} from '@/sanity/ndjson'
import {keepPortableTextAsText} from './text-kept-fields'

/** Positions of documents in the dataset, ascending (so a narrowed dataset keeps the dataset's order) unless said otherwise. */
type Positions = number[]

export type IndexedDataset = {
  documents: NdjsonDocument[]
  byId: Map<string, NdjsonDocument>
  positionsOf: {type: Map<string, Positions>; slug: Map<string, Positions>; id: Map<string, Positions>; reference: Map<string, Positions>}
  /** Every position in each `order(…)` a query used, by its keys (`datasetOrder`). */
  orders: Map<string, Int32Array>
}

/** How many documents groq-js was handed for one query (summed over its passes): what tests and the bench look at. */
export type EvaluationReport = {query: string; documents: number; passes: number}

function add(map: Map<string, Positions>, key: string, position: number) {
  const list = map.get(key)
  if (!list) map.set(key, [position])
  else if (list[list.length - 1] !== position) list.push(position)
}

function referenceKey(field: string, id: string): string {
  return `${field}\n${id}`
}

/**
 * One pass over the documents: positions by `_type`, `slug.current`, `_id`, and by each top-level field's `_ref`s.
 * Each document's Portable Text is then kept as its JSON text (text-kept-fields.ts): the documents are changed in place.
 */
export function indexDataset(documents: NdjsonDocument[]): IndexedDataset {
  const positionsOf = {
    type: new Map<string, Positions>(),
    slug: new Map<string, Positions>(),
    id: new Map<string, Positions>(),
    reference: new Map<string, Positions>(),
  }
  documents.forEach((document, position) => {
    add(positionsOf.type, document._type, position)
    add(positionsOf.id, document._id, position)
    const slug = document.slug
    if (isObject(slug) && typeof slug.current === 'string') add(positionsOf.slug, slug.current, position)
    for (const [field, value] of Object.entries(document)) {
      for (const entry of Array.isArray(value) ? value : [value]) {
        if (isObject(entry) && typeof entry._ref === 'string') add(positionsOf.reference, referenceKey(field, entry._ref), position)
      }
    }
    keepPortableTextAsText(document)
  })
  return {documents, byId: new Map(documents.map((document) => [document._id, document])), positionsOf, orders: new Map()}
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Positions in both lists (each ascending), ascending: one merge pass. */
function intersect(a: Positions, b: Positions): Positions {
  const result: Positions = []
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    const x = a[i]!
    const y = b[j]!
    if (x === y) result.push(x)
    if (x <= y) i++
    if (y <= x) j++
  }
  return result
}

/** Positions in either list (each ascending), ascending, once each: one merge pass. */
function union(a: Positions, b: Positions): Positions {
  if (a.length === 0) return b
  if (b.length === 0) return a
  const result: Positions = []
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    const x = a[i]!
    const y = b[j]!
    result.push(x <= y ? x : y)
    if (x <= y) i++
    if (y <= x) j++
  }
  while (i < a.length) result.push(a[i++]!)
  while (j < b.length) result.push(b[j++]!)
  return result
}

/** `name.name…` read from the document itself (`@`), or undefined for any other expression. */
function attributePath(node: ExprNode): string[] | undefined {
  if (node.type !== 'AccessAttribute') return undefined
  if (!node.base || node.base.type === 'This') return [node.name]
  const base = attributePath(node.base)
  return base && [...base, node.name]
}

/** A constant (parameters are folded into constants when the query is parsed with them). */
function constant(node: ExprNode): {value: unknown} | undefined {
  if (node.type === 'Value') return {value: node.value}
  if (node.type === 'Array' && node.elements.every((element) => !element.isSplat && element.value.type === 'Value')) {
    return {value: node.elements.map((element) => (element.value.type === 'Value' ? element.value.value : undefined))}
  }
  return undefined
}

function strings(value: unknown): string[] | undefined {
  return Array.isArray(value) && value.every((entry) => typeof entry === 'string') ? value : undefined
}

/** `field[]._ref`: the name of a top-level field whose references are read, else undefined. */
function referencesOf(node: ExprNode): string | undefined {
  if (node.type !== 'Map' || node.base.type !== 'ArrayCoerce') return undefined
  const field = attributePath(node.base.base)
  const inner = attributePath(node.expr)
  return field?.length === 1 && inner?.length === 1 && inner[0] === '_ref' ? field[0] : undefined
}

/** `count(field[_ref in [ids]]) > 0`: the field and the ids, else undefined. */
function countOfReferences(node: ExprNode): {field: string; ids: string[]} | undefined {
  if (node.type !== 'OpCall' || node.op !== '>' || constant(node.right)?.value !== 0) return undefined
  const count = node.left
  if (count.type !== 'FuncCall' || count.namespace !== 'global' || count.name !== 'count' || count.args.length !== 1) return undefined
  const [filter] = count.args
  if (filter?.type !== 'Filter' || filter.expr.type !== 'OpCall' || filter.expr.op !== 'in') return undefined
  const field = attributePath(filter.base)
  const ref = attributePath(filter.expr.left)
  const ids = strings(constant(filter.expr.right)?.value)
  return field?.length === 1 && ref?.length === 1 && ref[0] === '_ref' && ids ? {field: field[0]!, ids} : undefined
}

/**
 * Every document a filter can accept, as a superset (groq-js still applies the whole filter to them), or undefined
 * when the filter is not understood here and every document must be tried. Understood: `&&`, `||`, brackets,
 * `_type == c`, `_type in [c…]`, `slug.current == c`, `_id == c`, `c in field[]._ref`, `count(field[_ref in [c…]]) > 0`.
 */
function candidates(node: ExprNode, dataset: IndexedDataset): Positions | undefined {
  const {positionsOf} = dataset
  const lookUp = (map: Map<string, Positions>, keys: string[]) => keys.map((key) => map.get(key) ?? []).reduce(union, [])
  switch (node.type) {
    case 'Group':
      return candidates(node.base, dataset)
    case 'And': {
      const left = candidates(node.left, dataset)
      const right = candidates(node.right, dataset)
      return left && right ? intersect(left, right) : (left ?? right)
    }
    case 'Or': {
      const left = candidates(node.left, dataset)
      const right = left && candidates(node.right, dataset)
      return left && right ? union(left, right) : undefined
    }
    case 'OpCall': {
      if (node.op === '==') {
        const [path, value] = attributePath(node.left)
          ? [attributePath(node.left), constant(node.right)]
          : [attributePath(node.right), constant(node.left)]
        if (!path || typeof value?.value !== 'string') return undefined
        const key = path.join('.')
        const map = key === '_type' ? positionsOf.type : key === 'slug.current' ? positionsOf.slug : key === '_id' ? positionsOf.id : undefined
        return map && lookUp(map, [value.value])
      }
      if (node.op === 'in') {
        const types = attributePath(node.left)?.join('.') === '_type' ? strings(constant(node.right)?.value) : undefined
        if (types) return lookUp(positionsOf.type, types)
        const id = constant(node.left)?.value
        const field = referencesOf(node.right)
        return typeof id === 'string' && field ? lookUp(positionsOf.reference, [referenceKey(field, id)]) : undefined
      }
      const counted = countOfReferences(node)
      return (
        counted &&
        lookUp(
          positionsOf.reference,
          counted.ids.map((id) => referenceKey(counted.field, id)),
        )
      )
    }
    default:
      return undefined
  }
}

/** The candidates of every `*` in the query (undefined for a `*` that may need every document), searched everywhere but in constants. */
function scans(node: unknown, dataset: IndexedDataset, found: Array<Positions | undefined> = []): Array<Positions | undefined> {
  if (Array.isArray(node)) {
    for (const child of node) scans(child, dataset, found)
  } else if (isObject(node)) {
    const expr = node as unknown as ExprNode
    if (expr.type === 'Value') return found
    if (expr.type === 'Everything') found.push(undefined)
    else if (expr.type === 'Filter' && expr.base.type === 'Everything') {
      found.push(candidates(expr.expr, dataset))
      scans(expr.expr, dataset, found)
    } else for (const child of Object.values(node)) scans(child, dataset, found)
  }
  return found
}

/**
 * groq-js's own order of values (its `totalCompare`): numbers, then strings, then booleans, then the rest, equal
 * (its datetimes come only from functions such as `dateTime()`, never from a plain attribute read from JSON).
 */
const TYPE_RANK: Record<string, number> = {number: 2, string: 3, boolean: 4}

function typeOf(value: unknown): string {
  return value === null || value === undefined ? 'null' : Array.isArray(value) ? 'array' : typeof value
}

/** Two values of the same type rank: numbers, strings and booleans by value; anything else (and mixed types) equal. */
function compareSameRank(a: unknown, b: unknown): number {
  if (typeof a !== typeof b) return 0
  if (typeof a === 'string') return a < (b as string) ? -1 : a > (b as string) ? 1 : 0
  if (typeof a === 'number' || typeof a === 'boolean') return Number(a) - Number(b)
  return 0
}

function read(document: unknown, path: string[]): unknown {
  let value = document
  for (const name of path) value = isObject(value) && Object.hasOwn(value, name) ? value[name] : null
  return value
}

/** One ordering term: the first of its paths whose value is not null (one path, or `coalesce(a, b.c, …)` of paths). */
type OrderKey = {paths: string[][]; descending: boolean}

/** `a` → [a]; `coalesce(a, b.c)` → [a, b.c]; anything else undefined. */
function orderPaths(node: ExprNode): string[][] | undefined {
  if (node.type === 'FuncCall' && node.name === 'coalesce' && node.namespace === 'global') {
    const paths = node.args.map(attributePath)
    return paths.length > 0 && paths.every((path) => path !== undefined) ? paths : undefined
  }
  const path = attributePath(node)
  return path && [path]
}

/** `order(a desc, coalesce(b, c), …)` with plain attribute paths (or coalesced ones) only, else undefined. */
function orderKeys(node: ExprNode): OrderKey[] | undefined {
  if (node.type !== 'PipeFuncCall' || node.name !== 'order' || node.args.length === 0) return undefined
  const keys = node.args.map((arg) => {
    const descending = arg.type === 'Desc'
    const paths = orderPaths(arg.type === 'Desc' || arg.type === 'Asc' ? arg.base : arg)
    return paths && {paths, descending}
  })
  return keys.every((key) => key !== undefined) ? keys : undefined
}

/** The value an ordering term sorts by: the first non-null of its paths, as `coalesce` gives. */
function readKey(document: unknown, key: OrderKey): unknown {
  for (const path of key.paths) {
    const value = read(document, path)
    if (value !== null && value !== undefined) return value
  }
  return null
}

/** groq-js's order of two documents for these keys, ties broken by dataset position as its stable sort does. */
function orderComparator(documents: NdjsonDocument[], keys: OrderKey[]): (a: number, b: number) => number {
  // Each document's sort values read once, not in every comparison.
  const values = keys.map((key) => documents.map((document) => readKey(document, key)))
  return (a, b) => {
    for (const [index, key] of keys.entries()) {
      const valueA = values[index]![a]
      const valueB = values[index]![b]
      const rank = (TYPE_RANK[typeOf(valueA)] ?? 100) - (TYPE_RANK[typeOf(valueB)] ?? 100)
      const compared = rank !== 0 ? rank : compareSameRank(valueA, valueB)
      if (compared !== 0) return key.descending ? -compared : compared
    }
    return a - b
  }
}

/**
 * Every position of the dataset in this order, sorted once per ordering and process (the dataset does not change while
 * it runs): a query then walks it instead of comparing its candidates, which cost a first render at 100,000 items
 * about 30 ms when every `order(…)` compared up to 100,000 candidates.
 */
function datasetOrder(dataset: IndexedDataset, keys: OrderKey[]): Int32Array {
  const signature = JSON.stringify(keys)
  let order = dataset.orders.get(signature)
  if (!order) {
    order = Int32Array.from(dataset.documents.keys()).sort(orderComparator(dataset.documents, keys))
    dataset.orders.set(signature, order)
  }
  return order
}

/** A flag per position of the dataset, set for the candidates: what firstInOrder walks the order against. */
function candidateFlags(positions: Positions, size: number): Uint8Array {
  const candidate = new Uint8Array(size)
  for (const position of positions) candidate[position] = 1
  return candidate
}

/** The first `count` candidates in the dataset's order: one walk of it, stopping once they are found. */
function firstInOrder(candidate: Uint8Array, order: Int32Array, count: number): Positions {
  const first: Positions = []
  for (let index = 0; index < order.length && first.length < count; index++) {
    if (candidate[order[index]!] === 1) first.push(order[index]!)
  }
  return first
}

/**
 * `*[filter] | order(…) [start...end]` (optionally mapped, e.g. projected): the one `*`, its order and how many
 * results the slice keeps. Such a query only needs the first matches in that order, so it can run on a prefix.
 */
function orderedSlice(tree: ExprNode): {keys: OrderKey[]; end: number; wanted: number} | undefined {
  const slice = tree.type === 'Map' ? tree.base : tree
  if (slice.type !== 'Slice' || slice.left < 0 || slice.right < 0) return undefined
  const end = slice.isInclusive ? slice.right + 1 : slice.right
  const keys = orderKeys(slice.base)
  if (!keys || slice.base.type !== 'PipeFuncCall' || slice.base.base.type !== 'Filter' || slice.base.base.base.type !== 'Everything') return undefined
  return {keys, end, wanted: Math.max(0, end - slice.left)}
}

/** The smallest prefix of sorted candidates tried first: a few times the slice's end, so one pass nearly always suffices. */
const FIRST_PREFIX = 64

/**
 * Runs one GROQ query as groq-js would over the whole dataset, handing it only the documents the query can touch:
 * the candidates of its `*` filters (in dataset order); for `*[…] | order(…) [a...b]`, only the first candidates in
 * that order, more each pass, until the slice is full or every candidate was tried.
 */
export async function queryIndexed<Result>(
  dataset: IndexedDataset,
  query: string,
  params: QueryParams = {},
  report?: (evaluation: EvaluationReport) => void,
): Promise<Result> {
  const tree = parse(query, {params})
  let documents = 0
  let passes = 0
  const run = async (subset: NdjsonDocument[]) => {
    documents += subset.length
    passes++
    const options = {dataset: subset, params, dereference: ({_ref}: {_ref: string}) => dataset.byId.get(_ref) ?? null}
    try {
      // groq-js's synchronous evaluator is the same evaluator without a promise per value: 6–10× faster here.
      return evaluateSync(tree, options).data as Result
    } catch {
      // It has no synchronous form of a few functions (e.g. `score()`): the asynchronous API runs everything.
      return (await (await evaluate(tree, options)).get()) as Result
    }
  }
  const found = scans(tree, dataset)
  const result = await (async () => {
    if (found.length === 0) return run([])
    if (found.some((positions) => positions === undefined)) return run(dataset.documents)
    const positions = (found as Positions[]).reduce(union)
    const ordered = found.length === 1 ? orderedSlice(tree) : undefined
    if (!ordered) return run(positions.map((position) => dataset.documents[position]!))
    const order = datasetOrder(dataset, ordered.keys)
    const candidate = candidateFlags(positions, order.length)
    for (let size = Math.max(FIRST_PREFIX, 2 * ordered.end); ; size *= 4) {
      const answer = await run(firstInOrder(candidate, order, size).map((position) => dataset.documents[position]!))
      if (size >= positions.length || (Array.isArray(answer) && answer.length >= ordered.wanted)) return answer
    }
  })()
  report?.({query, documents, passes})
  return result
}
