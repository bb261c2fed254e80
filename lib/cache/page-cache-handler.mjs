// The page and route cache (next.config `cacheHandler`): Next's own file-system cache (with its in-memory LRU in front),
// shared through Redis between instances, and each page's cache tags sent to the HTTP cache in front as `x-cache-tags`,
// which Varnish turns into surrogate keys (xkey) for the webhook's purge.
// @ts-check
import {LRUCacheWithDelete} from 'mnemonist'
import {areTagsExpired, areTagsStale, fileSystemCache, routeLifetimes} from '../next-internals/cache.mjs'
import {inTime, sharedTags} from './shared-tags.mjs'
import {expirableTags} from './tag-policy.mjs'
import {entryTtl, keyName, keyPrefix, plausibleTime, seal, unseal} from './redis-codec.mjs'

/** @type {typeof import('../next-internals/cache.mjs').fileSystemCache} */
const FileSystemCache = /** @type {any} */ (fileSystemCache).default ?? fileSystemCache

/** Next records a page's tags in its cache entry but sends them only in its minimal (platform) mode; this is our copy (docs/workarounds.md, "x-cache-tags"). */
export const TAGS_HEADER = 'x-cache-tags'
const NEXT_TAGS_HEADER = 'x-next-cache-tags'
/** Next's implicit per-path tags (revalidatePath), which this project never revalidates: left out to keep the header short. */
const IMPLICIT_TAG_PREFIX = '_N_T_'

/**
 * The content tags of a cached page or route, space-separated as xkey reads them, or undefined when it has none.
 * @param {unknown} headers
 */
export function surrogateKeys(headers) {
  const tags = headers && typeof headers === 'object' ? /** @type {Record<string, unknown>} */ (headers)[NEXT_TAGS_HEADER] : undefined
  if (typeof tags !== 'string') return undefined
  const keys = tags.split(',').filter((tag) => tag && !tag.startsWith(IMPLICIT_TAG_PREFIX))
  return keys.length > 0 ? keys.join(' ') : undefined
}

/** @param {any} value */
function withTagsHeader(value) {
  const keys = value && (value.kind === 'APP_PAGE' || value.kind === 'APP_ROUTE') ? surrogateKeys(value.headers) : undefined
  return keys ? {...value, headers: {...value.headers, [TAGS_HEADER]: keys}} : value
}

/** Pages and route handlers' responses are shared; fetch entries (unused here) and images stay per instance. */
const SHARED_KINDS = new Set(['APP_PAGE', 'APP_ROUTE'])
const PAGE_PREFIX = `${keyPrefix()}page:`

/**
 * The Next tags an entry was rendered with.
 * @param {any} entry
 * @returns {string[]}
 */
function tagsOf(entry) {
  const tags = entry?.value?.headers?.[NEXT_TAGS_HEADER]
  return typeof tags === 'string' ? tags.split(',').filter(Boolean) : []
}

/**
 * A cache entry as one JSON string: its bytes (HTML, RSC payload and segments, or a route's body) in base64.
 * @param {any} entry
 */
export function encodeEntry(entry) {
  const {value} = entry
  const base64 = (/** @type {Buffer | undefined} */ bytes) => (bytes ? Buffer.from(bytes).toString('base64') : undefined)
  return JSON.stringify({
    ...entry,
    value: {
      ...value,
      rscData: base64(value.rscData),
      body: base64(value.body),
      segmentData: value.segmentData ? [...value.segmentData].map(([path, bytes]) => [path, base64(bytes)]) : undefined,
    },
  })
}

/** @param {string} text */
export function decodeEntry(text) {
  const entry = JSON.parse(text)
  const {value} = entry
  const bytes = (/** @type {string | undefined} */ base64) => (base64 === undefined ? undefined : Buffer.from(base64, 'base64'))
  return {
    ...entry,
    value: {
      ...value,
      rscData: bytes(value.rscData),
      body: bytes(value.body),
      segmentData: value.segmentData
        ? new Map(value.segmentData.map((/** @type {[string, string]} */ [path, base64]) => [path, bytes(base64)]))
        : undefined,
    },
  }
}

/**
 * Invented addresses' 404s and redirects from their own small store (NOT_THE_PAGE_ENTRIES); pages from memory first
 * (Next's LRU, next.config's `cacheMaxMemorySize`), then the build's files, as Next does; then, when
 * this instance has nothing or only a copy whose tags were revalidated since, the copy another instance rendered into
 * Redis, if it is newer. Every instance stores what it renders there. Redis unreachable: memory and files only.
 */
export default class PageCacheHandler extends FileSystemCache {
  /**
   * With PAGE_CACHE_TO_DISK=off, pages rendered after the build stay in memory and the build's files stay as built:
   * instances sharing one build folder (the cluster on one machine) then never write the same files at once.
   * @param {ConstructorParameters<typeof FileSystemCache>[0]} context
   */
  constructor(context) {
    super(process.env.PAGE_CACHE_TO_DISK === 'off' ? {...context, flushToDisk: false} : context)
  }

  /** @type {FileSystemCache['get']} */
  async get(...args) {
    const [key, context] = args
    const notThePage = notThePageAnswer(key)
    if (notThePage !== undefined) return {...notThePage, value: withTagsHeader(notThePage.value)}
    let entry = await super.get(...args)
    if (sharedTags && SHARED_KINDS.has(context.kind) && !context.isFallback && (!entry || areTagsStale(tagsOf(entry), entry.lastModified))) {
      const shared = await readShared(key)
      if (shared && (!entry || shared.lastModified > entry.lastModified)) {
        FileSystemCache.memoryCache?.set(key, shared)
        entry = shared
      }
    }
    return entry?.value ? {...entry, value: withTagsHeader(entry.value)} : entry
  }

  /**
   * Only the project's own tags are expired (see tag-policy.mjs): Next records every tag it is given for good.
   * @type {FileSystemCache['revalidateTag']}
   */
  async revalidateTag(tags, durations) {
    const ours = expirableTags(typeof tags === 'string' ? [tags] : tags)
    if (ours.length > 0) await super.revalidateTag(ours, durations)
  }

  /** @type {FileSystemCache['set']} */
  async set(...args) {
    const [key, rendered, context] = args
    const data = compacted(rendered)
    if (isNotThePage(data) && process.env.NEXT_PHASE !== 'phase-production-build') {
      // Review N6: anyone can invent addresses, so at run time their 404s and redirects are kept only in memory, never
      // in a file or Redis, and apart from the pages (see NOT_THE_PAGE_ENTRIES). (The build's own prerendered 404 pages
      // are written as before.)
      keepNotThePage(key, {value: data, lastModified: Date.now(), cacheControl: context.fetchCache ? undefined : context.cacheControl})
      return
    }
    // The address is a page now (published since, or Sanity back after an outage's redirect): its old answer must go.
    notThePage.delete(key)
    await super.set(key, data, context)
    if (!sharedTags?.client.isReady || !data || !SHARED_KINDS.has(data.kind) || context.isFallback) return
    // The entry as Next keeps it in memory (its time and cache control), or as it would.
    const entry = FileSystemCache.memoryCache?.get(key) ?? {value: data, lastModified: Date.now(), cacheControl: context.cacheControl}
    const name = keyName(sharedTags.secret, PAGE_PREFIX, key)
    try {
      // Signed (only an instance with the secret writes what readers get) and always with a time to live (review N3).
      await inTime(sharedTags.client.set(name, seal(sharedTags.secret, name, encodeEntry(entry)), {EX: entryTtl(entry.cacheControl?.expire)}))
    } catch {
      // A lost write costs another instance a render later; the response has already been served.
    }
  }
}

/**
 * How many answers that are not the page asked for (404s, redirects) are kept, most recently used first: about 7 MB.
 * They live in their own store, not in Next's memory LRU (`cacheMaxMemorySize`), where invented addresses used to
 * push out every real page (921 of its 929 entries after 90 s of mixed traffic, issue 21), so that those pages were
 * read from disk again. Each is kept a minute, five at most (lib/http/brief-answer.ts), so more would only be stale.
 */
export const NOT_THE_PAGE_ENTRIES = 100

/** @typedef {{value: any, lastModified: number, cacheControl?: {revalidate: number | false, expire?: number}}} StoredEntry */

/** @type {LRUCacheWithDelete<string, StoredEntry>} */
const notThePage = new LRUCacheWithDelete(NOT_THE_PAGE_ENTRIES)

/**
 * Forgets an answer, and Next's record of its lifetime: Next adds one to `routeLifetimes` for every address it caches
 * and never removes it, so without this the table grew by one entry for every invented address for good.
 * @param {string} key
 */
function forget(key) {
  notThePage.delete(key)
  routeLifetimes.delete(key)
}

/** @param {string} key @param {StoredEntry} entry */
function keepNotThePage(key, entry) {
  const dropped = notThePage.setpop(key, entry)
  if (dropped?.evicted) routeLifetimes.delete(dropped.key)
}

/**
 * The kept 404 or redirect of this address, unless it expired (its cache life's end, or a tag the webhook expired
 * since, such as `unknown:news` when an item is published at the address).
 * @param {string} key
 * @returns {StoredEntry | undefined}
 */
function notThePageAnswer(key) {
  const entry = notThePage.get(key)
  if (!entry) return undefined
  const expire = entry.cacheControl?.expire
  if ((expire !== undefined && Date.now() > entry.lastModified + expire * 1000) || areTagsExpired(tagsOf(entry), entry.lastModified)) {
    forget(key)
    return undefined
  }
  return entry
}

/**
 * A copy of a byte chunk that is only a view into a larger buffer, else the chunk itself. What Next hands a cache
 * handler after a render are views into the 64 KiB chunks the page was streamed in: a 459-byte segment kept the whole
 * 64 KiB alive, and the memory LRU, which counts the views' lengths, held 145 MB of buffers while counting 33 MB
 * (issue 21; related upstream: vercel/next.js#96533).
 * @template T
 * @param {T} bytes
 * @returns {T}
 */
function exact(bytes) {
  if (!(bytes instanceof Uint8Array) || bytes.byteLength === bytes.buffer.byteLength) return bytes
  const copy = Buffer.allocUnsafeSlow(bytes.byteLength)
  copy.set(bytes)
  return /** @type {T} */ (copy)
}

/**
 * A rendered page or route response with its bytes in buffers of their own size (see exact).
 * @param {any} data
 */
function compacted(data) {
  if (!data || (data.kind !== 'APP_PAGE' && data.kind !== 'APP_ROUTE')) return data
  return {
    ...data,
    ...(data.rscData ? {rscData: exact(data.rscData)} : {}),
    ...(data.body ? {body: exact(data.body)} : {}),
    ...(data.segmentData ? {segmentData: new Map([...data.segmentData].map(([path, bytes]) => [path, exact(bytes)]))} : {}),
  }
}

/**
 * A 404 or a redirect (an unknown slug, a page number past the end): what an invented address renders.
 * @param {any} data
 */
function isNotThePage(data) {
  if (!data || (data.kind !== 'APP_PAGE' && data.kind !== 'APP_ROUTE')) return false
  return data.status === 404 || (typeof data.status === 'number' && data.status >= 300 && data.status < 400)
}

/**
 * The entry another instance stored, unless a tag of it expired since it was rendered (then it is as good as absent).
 * @param {string} key
 */
async function readShared(key) {
  if (!sharedTags?.client.isReady) return undefined
  try {
    const name = keyName(sharedTags.secret, PAGE_PREFIX, key)
    const text = unseal(sharedTags.secret, name, await inTime(sharedTags.client.get(name)))
    if (!text) return undefined
    const entry = decodeEntry(text)
    // A time in the future would make the entry win over every later render for good.
    if (plausibleTime(entry.lastModified) === undefined) return undefined
    return areTagsExpired(tagsOf(entry), entry.lastModified) ? undefined : entry
  } catch {
    return undefined
  }
}
