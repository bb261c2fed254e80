// In a draft preview every string Sanity returns may carry invisible click-to-edit characters (stega). Values that
// drive logic (regions, ISO codes, earlier addresses) must be cleaned before they are compared: encoded here the way
// @sanity/client encodes a real project's answer, from a Content Source Map shaped like the Content Lake's.
import {stegaEncodeSourceMap} from '@sanity/client/stega'
import {describe, expect, it} from 'vitest'
import {syntheticSourceMap} from '@/e2e/support/source-map'
import {flagSrc} from '@/lib/flags/flag-images'
import {regionName, storedRegion} from '@/lib/format/regions'
import {currentSlugFor, type AddressRow} from './reads/slug-history'

function encoded<T>(result: T): T {
  return stegaEncodeSourceMap(result, syntheticSourceMap(result), {enabled: true, studioUrl: '/studio'}) as T
}

describe('stega-encoded values in a draft preview', () => {
  const countries = encoded([{_id: 'country-gt', name: 'Guatemala', slug: 'guatemala', isoCode: 'GT', region: 'Central America'}])
  const country = countries[0]!

  it('are encoded where Sanity’s client encodes them (region, ISO code), not where it skips (slug, _id)', () => {
    expect(country.region).not.toBe('Central America')
    expect(country.isoCode).not.toBe('GT')
    expect(country.slug).toBe('guatemala')
    expect(country._id).toBe('country-gt')
  })

  it('still give the flag and the region, in its translated name', () => {
    expect(flagSrc(country.isoCode)).toBe(flagSrc('GT'))
    expect(flagSrc('GT')).toBeTruthy()
    expect(storedRegion(country.region)).toBe('Central America')
    expect(regionName('es', country.region)).toBe('América Central')
  })

  it('still redirect an earlier address to the item’s current one', () => {
    const rows = encoded<AddressRow[]>([{slug: 'new-address', _updatedAt: '2026-12-01T00:00:00Z', previousSlugs: ['old-address']}])
    expect(rows[0]!.previousSlugs![0]).not.toBe('old-address')
    expect(currentSlugFor(rows, 'old-address')).toBe('new-address')
  })
})
