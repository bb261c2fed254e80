// An earlier address leads to the item's current one; a current address, or one nobody had, leads nowhere.
import {describe, expect, it} from 'vitest'
import {currentSlugFor, type AddressRow} from './slug-history'

const row = (slug: string, previousSlugs: string[] | null, updatedAt = '2026-01-01T00:00:00Z'): AddressRow => ({
  slug,
  previousSlugs,
  _updatedAt: updatedAt,
})

describe('currentSlugFor', () => {
  const rows = [row('ilo-and-iom-sign-agreement', ['ilo-and-iom-sign', 'agreement-draft-title']), row('other-item', null)]

  it('leads every earlier address of an item to its current one', () => {
    expect(currentSlugFor(rows, 'ilo-and-iom-sign')).toBe('ilo-and-iom-sign-agreement')
    expect(currentSlugFor(rows, 'agreement-draft-title')).toBe('ilo-and-iom-sign-agreement')
  })

  it('leads nowhere from a current address or an address no item had', () => {
    expect(currentSlugFor(rows, 'other-item')).toBeNull()
    expect(currentSlugFor(rows, 'ilo-and-iom-sign-agreement')).toBeNull()
    expect(currentSlugFor(rows, 'never-used')).toBeNull()
  })

  it('lets an item that took an old address as its own keep it', () => {
    expect(currentSlugFor([row('renamed', ['taken-over']), row('taken-over', null)], 'taken-over')).toBeNull()
  })

  it('gives an address two items once had to the one changed last', () => {
    const older = row('first-owner', ['shared-old'], '2026-01-01T00:00:00Z')
    const newer = row('second-owner', ['shared-old'], '2026-03-01T00:00:00Z')
    expect(currentSlugFor([older, newer], 'shared-old')).toBe('second-owner')
    expect(currentSlugFor([newer, older], 'shared-old')).toBe('second-owner')
  })
})
