// Types of index.mjs for TypeScript code (the project compiles without allowJs): Next's own declarations, re-exported.
export {parseAndValidateFlightRouterState} from 'next/dist/server/app-render/parse-and-validate-flight-router-state'
export {hasRemoteMatch} from 'next/dist/shared/lib/match-remote-pattern'
export {tagsManifest, areTagsExpired, areTagsStale} from 'next/dist/server/lib/incremental-cache/tags-manifest.external'
export {createDefaultCacheHandler} from 'next/dist/server/lib/cache-handlers/default'
export {default as fileSystemCache} from 'next/dist/server/lib/incremental-cache/file-system-cache'
