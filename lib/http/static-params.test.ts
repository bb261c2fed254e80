// How many pages a build prerenders: an operator's PRERENDER_MAX shortens a large dataset's build; a typo fails the build.
import {afterEach, describe, expect, it, vi} from 'vitest'
import {maxPrerendered, PLACEHOLDER_SLUG, staticSlugParams} from './static-params'

const slugs = Array.from({length: 1_500}, (_, index) => `item-${index}`)

afterEach(() => {
  vi.unstubAllEnvs()
})

describe('pages prerendered at build', () => {
  it('prerenders the first 1,000 by default, in the order given (newest first)', () => {
    const params = staticSlugParams(slugs)
    expect(params).toHaveLength(1_000)
    expect(params[0]).toEqual({slug: 'item-0'})
    expect(params.at(-1)).toEqual({slug: 'item-999'})
  })

  it('prerenders as many as PRERENDER_MAX says', () => {
    vi.stubEnv('PRERENDER_MAX', '25')
    expect(staticSlugParams(slugs).map((param) => param.slug)).toEqual(slugs.slice(0, 25))
  })

  it('keeps a placeholder when there is nothing to prerender, so the route is still checked at build', () => {
    expect(staticSlugParams([null])).toEqual([{slug: PLACEHOLDER_SLUG}])
  })

  it('refuses a PRERENDER_MAX that is not a whole number from 1, rather than prerendering nothing or everything', () => {
    for (const raw of ['0', '-5', '1e3', 'ten', '2.5']) expect(() => maxPrerendered(raw)).toThrow(/PRERENDER_MAX/)
    expect(maxPrerendered('')).toBe(1_000)
    expect(maxPrerendered('100')).toBe(100)
  })
})
