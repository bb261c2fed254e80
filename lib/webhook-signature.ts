// Checks a Sanity webhook signature ("t=<ms>,v1=<base64url HMAC-SHA256>") in constant time.
import 'server-only'
import {createHash, createHmac, timingSafeEqual} from 'node:crypto'

const SIGNATURE_PATTERN = /^t=(\d+)[, ]+v1=([^, ]+)$/

/** Compares two strings in time that does not depend on where they differ (hashes make the lengths equal). */
export function constantTimeEqual(a: string, b: string): boolean {
  const left = createHash('sha256').update(a, 'utf8').digest()
  const right = createHash('sha256').update(b, 'utf8').digest()
  return timingSafeEqual(left, right)
}

/** True only when `header` is a well-formed signature of exactly `payload` made with `secret`. */
export function hasValidSignature(payload: string, header: string | null, secret: string): boolean {
  if (!header || !secret || !payload) return false
  const match = SIGNATURE_PATTERN.exec(header.trim())
  if (!match) return false
  const [, timestamp, given] = match
  const expected = createHmac('sha256', secret).update(`${timestamp}.${payload}`, 'utf8').digest('base64url')
  return constantTimeEqual(expected, given ?? '')
}
