// Types for use-cache-handler.mjs (plain JavaScript: Next loads cache handlers without compiling them), for its tests.
import type {CacheHandler} from '../next-internals/cache.mjs'

export function createSharedHandler(shared: unknown): CacheHandler
declare const handler: CacheHandler
export default handler
