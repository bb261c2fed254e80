// Unit tests run server code outside Next: the cache tags a read declares are recorded instead of needing a cache scope.
import {vi} from 'vitest'

type TagRecorder = {tags: string[]}
const RECORDER = Symbol.for('labour-migration-news.test-cache-tags')

/** The tags cached reads declared since the last reset (see lib/content/tag-contract.test.ts). */
export function recordedCacheTags(reset = false): string[] {
  const holder = globalThis as typeof globalThis & {[RECORDER]?: TagRecorder}
  holder[RECORDER] ??= {tags: []}
  const tags = [...holder[RECORDER].tags]
  if (reset) holder[RECORDER].tags = []
  return tags
}

vi.mock('next/cache', async (importOriginal) => ({
  ...(await importOriginal<typeof import('next/cache')>()),
  cacheTag: (...tags: string[]) => {
    const holder = globalThis as typeof globalThis & {[RECORDER]?: TagRecorder}
    holder[RECORDER] ??= {tags: []}
    holder[RECORDER].tags.push(...tags)
  },
  cacheLife: () => undefined,
}))
