// Shares Next's tag revalidations between instances through Redis, so a revalidateTag on one instance reaches them all.
// @ts-check
import {createClient} from '@redis/client'
import {tagsManifest} from '../next-internals/cache.mjs'
import {isExpirableTag} from './tag-policy.mjs'
import {keyPrefix, plausibleTime, seal, signingSecret, unseal} from './redis-codec.mjs'

/**
 * Next keeps one table per process of when each tag went stale or expired (`tagsManifest`): its page cache and its
 * default 'use cache' handler both read it. Each revalidation made here is written to a Redis hash and published;
 * every instance merges what it hears (and, on each (re)connection, the whole hash) into its own table.
 * @typedef {{stale?: number, expired?: number}} TagState
 */

const PREFIX = keyPrefix()
const TAGS_KEY = `${PREFIX}tags`
const CHANNEL = `${PREFIX}tags`

/** Whether Redis was last seen unreachable: each outage is logged once, and so is its end. */
let down = false

/** @param {string} url @param {Error} error */
function markDown(url, error) {
  if (down) return
  down = true
  console.error(`[shared-cache] Redis at ${url} is unreachable (${error.message}): serving from this instance's memory until it is back.`)
}

/** @param {string} url */
function markUp(url) {
  if (!down) return
  down = false
  console.error(`[shared-cache] Redis at ${url} is back: revalidations are shared again.`)
}

/** A tag may be marked expired ahead of time (a cache life's end), but not beyond the longest one (a year) and a bit. */
const MAX_EXPIRY_AHEAD_MS = 400 * 24 * 3600 * 1000

/**
 * Merges tag states read from Redis into this process's table: only the project's own tags, and only times that
 * could be true. A "stale" time in the future would keep every entry of the tag stale for good (review N3).
 * @param {Record<string, string | undefined>} states
 */
function merge(states) {
  const now = Date.now()
  for (const [tag, json] of Object.entries(states)) {
    if (!isExpirableTag(tag) || json === undefined) continue
    /** @type {TagState} */
    let incoming
    try {
      incoming = JSON.parse(json)
    } catch {
      continue
    }
    const stale = plausibleTime(incoming?.stale, now)
    const expired = plausibleTime(incoming?.expired, now + MAX_EXPIRY_AHEAD_MS)
    const current = tagsManifest.get(tag) ?? {}
    const newerStale = stale !== undefined && stale > (current.stale ?? 0)
    const newerExpired = expired !== undefined && expired > (current.expired ?? 0)
    if (!newerStale && !newerExpired) continue
    tagsManifest.set(tag, {...current, ...(newerStale ? {stale} : {}), ...(newerExpired ? {expired} : {})})
  }
}

/** How long a page waits for Redis before going on without it (a Redis that hangs must not hang the site). */
const REDIS_WAIT_MS = Number(process.env.REDIS_TIMEOUT_MS || 500)

/**
 * The promise's value, or a rejection once Redis has taken longer than REDIS_WAIT_MS.
 * @template T
 * @param {Promise<T>} promise
 * @returns {Promise<T>}
 */
export function inTime(promise) {
  /** @type {NodeJS.Timeout | undefined} */
  let timer
  const late = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Redis did not answer within ${REDIS_WAIT_MS} ms`)), REDIS_WAIT_MS)
  })
  return /** @type {Promise<T>} */ (Promise.race([promise, late]).finally(() => clearTimeout(timer)))
}

/** Revalidations made here while Redis was unreachable, published once it is back. */
const unpublished = new Set()

/** @param {string} url @param {string} secret */
function createSharedTags(url, secret) {
  const client = createClient({url, socket: {reconnectStrategy: (retries) => Math.min(retries * 100, 2000), connectTimeout: 2000}})
  const subscriber = client.duplicate()
  /** Settles once the shared table was first read (or could not be: Redis down at start-up). */
  let synced = false
  /** @type {() => void} */
  let resolveFirstSync = () => {}
  /** @type {Promise<void>} */
  const firstSync = new Promise((resolve) => (resolveFirstSync = resolve)).then(() => {
    synced = true
  })

  async function publish(tags) {
    if (tags.length === 0) return
    /** @type {Record<string, string>} */
    const states = {}
    /** @type {Record<string, string>} */
    const sealed = {}
    for (const tag of tags) {
      states[tag] = JSON.stringify(tagsManifest.get(tag) ?? {})
      sealed[tag] = seal(secret, `${TAGS_KEY}\n${tag}`, states[tag])
    }
    await client.multi().hSet(TAGS_KEY, sealed).publish(CHANNEL, seal(secret, CHANNEL, JSON.stringify(states))).exec()
  }

  async function resync() {
    const stored = await client.hGetAll(TAGS_KEY)
    merge(Object.fromEntries(Object.entries(stored).map(([tag, value]) => [tag, unseal(secret, `${TAGS_KEY}\n${tag}`, value)])))
    const pending = [...unpublished]
    unpublished.clear()
    await publish(pending).catch(() => pending.forEach((tag) => unpublished.add(tag)))
  }

  for (const connection of [client, subscriber]) {
    connection.on('error', (/** @type {Error} */ error) => markDown(url, error))
  }
  client.on('ready', () => {
    resync()
      .then(() => markUp(url))
      .catch(() => {})
      .finally(resolveFirstSync)
  })
  client.connect().catch(() => resolveFirstSync())
  subscriber
    .connect()
    .then(() =>
      subscriber.subscribe(CHANNEL, (message) => {
        try {
          const text = unseal(secret, CHANNEL, message)
          if (text !== undefined) merge(JSON.parse(text))
        } catch {
          // Not ours: ignored.
        }
      }),
    )
    .catch(() => {})
  // A missed message (the subscriber reconnecting) is covered by the next whole-hash read on the client's reconnection.
  subscriber.on('ready', () => void resync().catch(() => {}))

  return {
    /** Waits (a bounded time) for the first read of the shared table, so a fresh instance serves nothing it knows is stale. */
    async ready() {
      if (!synced) await Promise.race([firstSync, new Promise((resolve) => setTimeout(resolve, 2000).unref())])
    },
    /** Shares the tags' current state (already updated in this process by Next) with every instance. */
    async share(/** @type {string[]} */ tags) {
      try {
        if (!client.isReady) throw new Error('not connected')
        await inTime(publish(tags))
      } catch {
        tags.forEach((tag) => unpublished.add(tag))
      }
    },
    client,
    /** What values and key names in Redis are signed and hashed with (redis-codec.mjs). */
    secret,
  }
}

const url = process.env.REDIS_URL?.trim()
const secret = signingSecret()
if (url && !secret) {
  console.error('[shared-cache] REDIS_URL is set but REDIS_SIGNING_SECRET (32 characters or more) is not: this instance does not use Redis.')
}

/**
 * The shared tag table, or null when REDIS_URL (or its signing secret) is not set (one process: Next's own in-process
 * table is enough). One per process: Next may load the two cache handlers (and so this module) in separate module
 * registries, and two clients would double the connections and log each outage twice.
 */
const SINGLETON = Symbol.for('labour-migration-news.shared-tags')
const processWide = /** @type {typeof globalThis & {[SINGLETON]?: ReturnType<typeof createSharedTags>}} */ (globalThis)
export const sharedTags = url && secret ? (processWide[SINGLETON] ??= createSharedTags(url, secret)) : null
