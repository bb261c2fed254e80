// Signed links (confirm a sign-up, manage or delete a subscription): HMAC-SHA256 over purpose, id and expiry, checked in constant time.
import {createHmac, randomBytes, timingSafeEqual} from 'node:crypto'
import type {Queryable} from '@/lib/db/database'

export type TokenPurpose = 'confirm' | 'manage'

const PREFIX: Record<TokenPurpose, string> = {confirm: 'c', manage: 'm'}

/** How long a confirmation link works. */
export const CONFIRM_TTL_MS = 48 * 60 * 60 * 1000

/**
 * ALERTS_SECRET when set (several deployments sharing a database must share it); otherwise one generated on first
 * start and kept in the database, so every instance on that database agrees.
 */
export async function alertsSecret(db: Queryable, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const configured = env.ALERTS_SECRET?.trim()
  if (configured) return configured
  await db.query("INSERT INTO app_state (name, value) VALUES ('alerts_secret', $1) ON CONFLICT (name) DO NOTHING", [randomBytes(32).toString('base64url')])
  const {rows} = await db.query<{value: string}>("SELECT value FROM app_state WHERE name = 'alerts_secret'")
  return rows[0]!.value
}

function mac(secret: string, payload: string): string {
  return createHmac('sha256', secret).update(payload).digest('base64url')
}

/** `<purpose>.<id>.<expiry in ms, 0 for never>.<mac>`: short enough for a mail client not to wrap. */
export function signToken(secret: string, purpose: TokenPurpose, id: string | number, expiresAt = 0): string {
  const payload = `${PREFIX[purpose]}.${id}.${expiresAt}`
  return `${payload}.${mac(secret, payload)}`
}

export type TokenCheck = {ok: true; id: string} | {ok: false; reason: 'invalid' | 'expired'}

export function verifyToken(secret: string, purpose: TokenPurpose, token: unknown, now = Date.now()): TokenCheck {
  if (typeof token !== 'string' || token.length > 200) return {ok: false, reason: 'invalid'}
  const parts = token.split('.')
  if (parts.length !== 4) return {ok: false, reason: 'invalid'}
  const [prefix, id, expiry, given] = parts as [string, string, string, string]
  if (prefix !== PREFIX[purpose] || !/^\d{1,18}$/.test(id) || !/^\d{1,15}$/.test(expiry)) return {ok: false, reason: 'invalid'}
  const expected = Buffer.from(mac(secret, `${prefix}.${id}.${expiry}`))
  const actual = Buffer.from(given)
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return {ok: false, reason: 'invalid'}
  if (Number(expiry) !== 0 && Number(expiry) < now) return {ok: false, reason: 'expired'}
  return {ok: true, id}
}

/** A keyed hash for rate-limit keys: the address (email or client) itself is never stored for counting. */
export function keyedHash(secret: string, kind: string, value: string): string {
  return `${kind}:${mac(secret, `${kind}\n${value}`).slice(0, 32)}`
}
