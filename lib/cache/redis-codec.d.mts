// Types for redis-codec.mjs (plain JavaScript: Next loads the cache handlers that use it without compiling them).
export const MAX_CLOCK_SKEW_MS: number
export const MAX_ENTRY_TTL_SECONDS: number
export function keyPrefix(env?: NodeJS.ProcessEnv): string
export function signingSecret(env?: NodeJS.ProcessEnv): string | undefined
export function seal(secret: string, key: string, text: string): string
export function unseal(secret: string, key: string, stored: string | null | undefined): string | undefined
export function keyName(secret: string, prefix: string, key: string): string
export function plausibleTime(time: unknown, now?: number): number | undefined
export function entryTtl(seconds: unknown): number
