// The one place application code reaches into Next's private modules (next/dist): each import is listed, with why
// and when it can go, in docs/workarounds.md ("Next's internal modules"). Check this file on every Next upgrade.
// @ts-check
export {parseAndValidateFlightRouterState} from 'next/dist/server/app-render/parse-and-validate-flight-router-state.js'
export {hasRemoteMatch} from 'next/dist/shared/lib/match-remote-pattern.js'
export {tagsManifest, areTagsExpired, areTagsStale} from 'next/dist/server/lib/incremental-cache/tags-manifest.external.js'
export {createDefaultCacheHandler} from 'next/dist/server/lib/cache-handlers/default.js'
export {default as fileSystemCache} from 'next/dist/server/lib/incremental-cache/file-system-cache.js'
