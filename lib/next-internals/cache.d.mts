// Types of cache.mjs for TypeScript code and the handlers' @ts-check (the project compiles without allowJs): Next's own declarations.
export {tagsManifest, areTagsExpired, areTagsStale} from 'next/dist/server/lib/incremental-cache/tags-manifest.external'
export {createDefaultCacheHandler} from 'next/dist/server/lib/cache-handlers/default'
export {default as fileSystemCache} from 'next/dist/server/lib/incremental-cache/file-system-cache'
/** Next's per-process table of each cached address's lifetime (`SharedCacheControls.cacheControls`, private in its types). */
export const routeLifetimes: Map<string, unknown>
export type {CacheEntry, CacheHandler} from 'next/dist/server/lib/cache-handlers/types'
