// Unit tests run server code outside Next: the cache tags a read declares are recorded instead of needing a cache scope.
import {vi} from 'vitest'

type TagRecorder = {reads: string[][]}
const RECORDER = Symbol.for('labour-migration-news.test-cache-tags')

function recorder(): TagRecorder {
  const holder = globalThis as typeof globalThis & {[RECORDER]?: TagRecorder}
  holder[RECORDER] ??= {reads: []}
  return holder[RECORDER]
}

/** The tags of each cacheTag call (one per cached read) since the last reset (see lib/content/revalidation.test.ts). */
export function recordedReads(reset = false): string[][] {
  const reads = recorder().reads.map((tags) => [...tags])
  if (reset) recorder().reads = []
  return reads
}

/** Every tag cached reads declared since the last reset. */
export function recordedCacheTags(reset = false): string[] {
  return recordedReads(reset).flat()
}

vi.mock('next/cache', async (importOriginal) => ({
  ...(await importOriginal<typeof import('next/cache')>()),
  cacheTag: (...tags: string[]) => {
    recorder().reads.push(tags)
  },
  cacheLife: () => undefined,
}))
