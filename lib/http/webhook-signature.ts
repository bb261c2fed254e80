// Checks a Sanity webhook signature ("t=<ms>,v1=<base64url HMAC-SHA256>") in constant time, and that it is recent.
import 'server-only'
import {createHash, createHmac, timingSafeEqual} from 'node:crypto'

const SIGNATURE_PATTERN = /^t=(\d+)[, ]+v1=([^, ]+)$/

/**
 * How far the signature's time (`t=`, milliseconds) may be from now, either way: Sanity signs each delivery when it
 * sends it, so an older signature is a captured call replayed; the margin allows for clock skew and retries' delay.
 */
export const MAX_SIGNATURE_AGE_MS = 5 * 60_000

/** Compares two strings in time that does not depend on where they differ (hashes make the lengths equal). */
export function constantTimeEqual(a: string, b: string): boolean {
  const left = createHash('sha256').update(a, 'utf8').digest()
  const right = createHash('sha256').update(b, 'utf8').digest()
  return timingSafeEqual(left, right)
}

/** True only when `header` is a well-formed signature of exactly `payload` made with `secret` within five minutes of `now`. */
export function hasValidSignature(payload: string, header: string | null, secret: string, now = Date.now()): boolean {
  if (!header || !secret || !payload) return false
  const match = SIGNATURE_PATTERN.exec(header.trim())
  if (!match) return false
  const [, timestamp, given] = match
  if (!(Math.abs(now - Number(timestamp)) <= MAX_SIGNATURE_AGE_MS)) return false
  const expected = createHmac('sha256', secret).update(`${timestamp}.${payload}`, 'utf8').digest('base64url')
  return constantTimeEqual(expected, given ?? '')
}
