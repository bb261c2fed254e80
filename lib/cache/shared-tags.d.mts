// Types for shared-tags.mjs (plain JavaScript: Next loads the cache handlers that use it without compiling them).
import type {createClient} from '@redis/client'

export function inTime<T>(promise: Promise<T>): Promise<T>
export const sharedTags: {
  ready(): Promise<void>
  share(tags: string[]): Promise<void>
  client: ReturnType<typeof createClient>
  secret: string
} | null
