// The page and route cache (next.config `cacheHandler`): Next's own file-system cache, with each page's cache tags sent
// to the HTTP cache in front as `x-cache-tags`, which Varnish turns into surrogate keys (xkey) for the webhook's purge.
// @ts-check
import fileSystemCache from 'next/dist/server/lib/incremental-cache/file-system-cache.js'

/** @type {typeof import('next/dist/server/lib/incremental-cache/file-system-cache').default} */
const FileSystemCache = /** @type {any} */ (fileSystemCache).default ?? fileSystemCache

/** Next records a page's tags in its cache entry but sends them only in its minimal (platform) mode; this is our copy. */
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
    const entry = await super.get(...args)
    return entry?.value ? {...entry, value: withTagsHeader(entry.value)} : entry
  }
}
