// The tag table cannot be grown by invented names (security review 2026-12-05, N1 and N11): both cache handlers
// expire only the project's own tags, whatever a caller (a server action, a forged Redis message) asks for.
import {randomBytes} from 'node:crypto'
import {mkdtempSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {tagsManifest} from '../next-internals/cache.mjs'
import useCacheHandler from './use-cache-handler.mjs'
import PageCacheHandler from './page-cache-handler.mjs'
import {expirableTags, isExpirableTag} from './tag-policy.mjs'

function pageHandler() {
  const serverDistDir = mkdtempSync(path.join(tmpdir(), 'tag-policy-'))
  return new PageCacheHandler({fs: undefined as never, serverDistDir, flushToDisk: false, maxMemoryCacheSize: 0, revalidatedTags: []} as never)
}

describe('the tags a call may expire', () => {
  it('are the project’s own: kinds, documents, unknown-slug lists and the fixed support tags', () => {
    for (const tag of ['all:news', 'all:country', 'all:topic', 'news:el-salvador-visas', 'country:mexico', 'topic:covid-19', 'unknown:news', 'settings', 'contacts']) {
      expect(isExpirableTag(tag), tag).toBe(true)
    }
  })

  it('never a Sanity sync tag, an over-long or malformed name, or a name another process made up', () => {
    for (const tag of ['sanity:s1:LLixRt', 'sanity:all:news', `sanity:${'x'.repeat(5000)}`, `news:${'a'.repeat(500)}`, 'news:a b', 'news:a\r\nb', '_N_T_/en/news', 'all:everything', '', 'settings ', 'feeds', 'sitemap', 'share-images']) {
      expect(isExpirableTag(tag), JSON.stringify(tag.slice(0, 40))).toBe(false)
    }
    expect(expirableTags(['all:news', 'all:news', 'sanity:s1:x', 42 as unknown as string])).toEqual(['all:news'])
  })

  it('10,000 calls with distinct valid-looking sync tags leave Next’s tag table as it was (both handlers)', async () => {
    const before = tagsManifest.size
    const page = pageHandler()
    for (let i = 0; i < 10_000; i++) {
      const tag = `sanity:s1:${randomBytes(6).toString('base64url')}`
      await useCacheHandler.updateTags([tag, `sanity:${'x'.repeat(100)}${i}`])
      await page.revalidateTag([tag], {expire: 0})
    }
    expect(tagsManifest.size).toBe(before)
  })

  it('a webhook’s own tags still expire, in both handlers', async () => {
    await useCacheHandler.updateTags(['country:tag-policy-a'])
    await pageHandler().revalidateTag(['topic:tag-policy-b'], {expire: 0})
    expect(tagsManifest.get('country:tag-policy-a')?.expired).toBeGreaterThan(0)
    expect(tagsManifest.get('topic:tag-policy-b')?.stale).toBeGreaterThan(0)
  })
})
