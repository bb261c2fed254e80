// What the cache handlers write to Redis and accept back from it: signed values, hashed key names, clamped times
// (security review 2026-12-05, N3). Anyone who can write to Redis can no longer choose what the site serves.
// @ts-check
import {createHmac, timingSafeEqual} from 'node:crypto'

/** How far in the future a stored time may lie (clock skew between machines); later ones are forged. */
export const MAX_CLOCK_SKEW_MS = 60_000

/** The start of every key name and of the channel the handlers use in Redis (REDIS_KEY_PREFIX, default "lmn:"). */
export function keyPrefix(env = process.env) {
  return env.REDIS_KEY_PREFIX?.trim() || 'lmn:'
}

/** The secret every instance signs with (REDIS_SIGNING_SECRET, the same on every machine), or undefined. */
export function signingSecret(env = process.env) {
  const secret = env.REDIS_SIGNING_SECRET?.trim()
  return secret && secret.length >= 32 ? secret : undefined
}

/** @param {string} secret @param {string} text */
function mac(secret, text) {
  return createHmac('sha256', secret).update(text).digest('base64url')
}

/**
 * A value as stored: its MAC, a dot, then the value. The key name is part of what is signed, so a valid value
 * cannot be copied under another key (one page's entry served for another address).
 * @param {string} secret @param {string} key @param {string} text
 */
export function seal(secret, key, text) {
  return `${mac(secret, `${key}\n${text}`)}.${text}`
}

/**
 * The value, or undefined when it was not written by an instance holding the secret (or for another key).
 * @param {string} secret @param {string} key @param {string | null | undefined} stored
 */
export function unseal(secret, key, stored) {
  if (typeof stored !== 'string') return undefined
  const dot = stored.indexOf('.')
  if (dot <= 0) return undefined
  const text = stored.slice(dot + 1)
  const given = Buffer.from(stored.slice(0, dot))
  const expected = Buffer.from(mac(secret, `${key}\n${text}`))
  return given.length === expected.length && timingSafeEqual(given, expected) ? text : undefined
}

/**
 * A cache key as a Redis key name: a keyed hash, so names reveal neither function ids nor query text.
 * @param {string} secret @param {string} prefix @param {string} key
 */
export function keyName(secret, prefix, key) {
  return prefix + createHmac('sha256', secret).update(`name\n${key}`).digest('base64url')
}

/**
 * A time read from Redis, when it is a number no later than now plus the allowed skew; undefined otherwise.
 * @param {unknown} time @param {number} [now]
 */
export function plausibleTime(time, now = Date.now()) {
  return typeof time === 'number' && Number.isFinite(time) && time >= 0 && time <= now + MAX_CLOCK_SKEW_MS ? time : undefined
}

/** The longest any entry lives in Redis: every key but the tag table has a time to live, which volatile-lru can evict. */
export const MAX_ENTRY_TTL_SECONDS = 7 * 24 * 3600

/** @param {unknown} seconds */
export function entryTtl(seconds) {
  return typeof seconds === 'number' && seconds > 0 && Number.isFinite(seconds) ? Math.min(Math.ceil(seconds), MAX_ENTRY_TTL_SECONDS) : MAX_ENTRY_TTL_SECONDS
}
