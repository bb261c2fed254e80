// next.config.ts: the image optimiser (/_next/image) fetches no remote image, since the site never uses next/image.
import {hasRemoteMatch} from './lib/next-internals/images.mjs'
import {describe, expect, it} from 'vitest'
import nextConfig from './next.config'

describe('next.config.ts images', () => {
  it("lets /_next/image fetch no other Sanity project's images, nor any other remote image", () => {
    const {domains = [], remotePatterns = []} = nextConfig.images ?? {}
    for (const address of [
      'https://cdn.sanity.io/images/someoneelse/production/a-1x1.png',
      'https://cdn.sanity.io/files/someoneelse/production/a.pdf',
      'https://evil.example/a.png',
    ]) {
      expect(hasRemoteMatch(domains, remotePatterns, new URL(address)), address).toBe(false)
    }
  })
})
