// Next's private cache modules the Redis cache handlers build on: its per-process tag table and its own stores
// (docs/workarounds.md, "Next's internal modules"). Check them on every Next upgrade.
// @ts-check
import {SharedCacheControls} from 'next/dist/server/lib/incremental-cache/shared-cache-controls.external.js'
export {tagsManifest, areTagsExpired, areTagsStale} from 'next/dist/server/lib/incremental-cache/tags-manifest.external.js'
export {createDefaultCacheHandler} from 'next/dist/server/lib/cache-handlers/default.js'
export {default as fileSystemCache} from 'next/dist/server/lib/incremental-cache/file-system-cache.js'

/**
 * Next's per-process table of each cached address's lifetime (revalidate, expire), filled on every page cache write
 * and never emptied: one entry per address ever cached, invented ones included (see lib/cache/page-cache-handler.mjs).
 * @type {Map<string, unknown>}
 */
export const routeLifetimes = /** @type {any} */ (SharedCacheControls).cacheControls
