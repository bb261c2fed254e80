// Types for tag-policy.mjs (plain JavaScript: Next loads the cache handlers that use it without compiling them).
export function isExpirableTag(tag: unknown): tag is string
export function expirableTags(tags: readonly unknown[]): string[]
