// Next's private cache modules the Redis cache handlers build on: its per-process tag table and its own stores
// (docs/workarounds.md, "Next's internal modules"). Check them on every Next upgrade.
// @ts-check
export {tagsManifest, areTagsExpired, areTagsStale} from 'next/dist/server/lib/incremental-cache/tags-manifest.external.js'
export {createDefaultCacheHandler} from 'next/dist/server/lib/cache-handlers/default.js'
export {default as fileSystemCache} from 'next/dist/server/lib/incremental-cache/file-system-cache.js'
