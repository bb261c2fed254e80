// The 'use cache' handler (next.config `cacheHandlers.default`): Next's in-memory one, plus Redis shared by every instance.
// @ts-check
import {areTagsExpired, areTagsStale, createDefaultCacheHandler} from '../next-internals/cache.mjs'
import {inTime, sharedTags} from './shared-tags.mjs'
import {expirableTags} from './tag-policy.mjs'
import {entryTtl, keyName, keyPrefix, plausibleTime, seal, unseal} from './redis-codec.mjs'

/** @typedef {import('../next-internals/cache.mjs').CacheHandler} CacheHandler */
/** @typedef {import('../next-internals/cache.mjs').CacheEntry} CacheEntry */

/** Next's own default size for its in-memory 'use cache' store (50 MB), kept on every instance. */
const MEMORY_BYTES = Number(process.env.CACHE_MEMORY_BYTES || 50 * 1024 * 1024)
const PREFIX = `${keyPrefix()}entry:`

/** @param {Uint8Array} bytes */
function streamOf(bytes) {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(bytes)
      controller.close()
    },
  })
}

/**
 * In memory first (fast, and what keeps serving while Redis is down); on a miss, the entry another instance stored in
 * Redis. Either way an entry whose tags were revalidated on any instance after it was made is stale or gone: Next's
 * checks read the process's tag table, which `shared-tags.mjs` keeps in step with every instance.
 * @param {import('./shared-tags.mjs').sharedTags & {}} shared
 * @returns {CacheHandler}
 */
export function createSharedHandler(shared) {
  const memory = createDefaultCacheHandler(MEMORY_BYTES)
  const {client, secret} = shared
  const nameOf = (/** @type {string} */ cacheKey) => keyName(secret, PREFIX, cacheKey)
  return {
    async get(cacheKey, softTags) {
      const local = await memory.get(cacheKey, softTags)
      if (local || !client.isReady) return local
      try {
        const name = nameOf(cacheKey)
        // Unsigned, signed for another key, or dated in the future: not ours, as good as absent (review N3).
        const text = unseal(secret, name, await inTime(client.get(name)))
        if (!text) return undefined
        /** @type {Omit<CacheEntry, 'value'> & {value: string}} */
        const entry = JSON.parse(text)
        if (plausibleTime(entry.timestamp) === undefined || !Array.isArray(entry.tags) || typeof entry.value !== 'string') return undefined
        if (areTagsExpired(entry.tags, entry.timestamp)) return undefined
        const bytes = Buffer.from(entry.value, 'base64')
        await memory.set(cacheKey, Promise.resolve({...entry, value: streamOf(bytes)}))
        return {...entry, revalidate: areTagsStale(entry.tags, entry.timestamp) ? -1 : entry.revalidate, value: streamOf(bytes)}
      } catch {
        return undefined
      }
    },
    async set(cacheKey, pendingEntry) {
      try {
        const entry = await pendingEntry
        const bytes = new Uint8Array(await new Response(entry.value).arrayBuffer())
        await memory.set(cacheKey, Promise.resolve({...entry, value: streamOf(bytes)}))
        // Entries that only live for this request (expire 0) or a few seconds are not worth sharing.
        if (!client.isReady || !(entry.expire > 0) || !(entry.revalidate > 0)) return
        // Every entry has a time to live, so Redis's volatile-lru can evict entries but never the tag table.
        const name = nameOf(cacheKey)
        const text = JSON.stringify({...entry, value: Buffer.from(bytes).toString('base64')})
        await inTime(client.set(name, seal(secret, name, text), {EX: entryTtl(entry.expire)}))
      } catch {
        // A lost write costs a render later; the response has already been served.
      }
    },
    async refreshTags() {
      await shared.ready()
    },
    getExpiration: (tags) => memory.getExpiration(tags),
    async updateTags(tags, durations) {
      const ours = expirableTags(tags)
      if (ours.length === 0) return
      await memory.updateTags(ours, durations)
      await shared.share(ours)
    },
  }
}

/**
 * Next's in-memory handler alone (one process), expiring only the project's own tags (see tag-policy.mjs).
 * @returns {CacheHandler}
 */
function createLocalHandler() {
  const memory = createDefaultCacheHandler(MEMORY_BYTES)
  return {
    ...memory,
    async updateTags(tags, durations) {
      const ours = expirableTags(tags)
      if (ours.length > 0) await memory.updateTags(ours, durations)
    },
  }
}

/** @type {CacheHandler} */
const handler = sharedTags ? createSharedHandler(sharedTags) : createLocalHandler()
export default handler
