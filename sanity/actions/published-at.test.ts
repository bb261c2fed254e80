// The publication date is set when an item is first published, and an editor's date is never overwritten.
import {describe, expect, it} from 'vitest'
import {publishedAtPatch} from './published-at'

const now = new Date('2026-12-01T23:30:00.000Z')

describe('publishedAt on publish', () => {
  it('sets the publication date to the moment of publishing when the item has none', () => {
    expect(publishedAtPatch({_id: 'drafts.newsItem-a', _type: 'newsItem'}, now)).toEqual({set: {publishedAt: '2026-12-01T23:30:00.000Z'}})
    expect(publishedAtPatch({_id: 'drafts.newsItem-a', _type: 'newsItem', publishedAt: ''}, now)).toEqual({set: {publishedAt: '2026-12-01T23:30:00.000Z'}})
  })

  it('keeps a date the editor set or that an earlier publish set', () => {
    expect(publishedAtPatch({_id: 'drafts.newsItem-a', _type: 'newsItem', publishedAt: '2020-07-13T12:00:00.000Z'}, now)).toBeNull()
  })

  it('does nothing without a draft', () => {
    expect(publishedAtPatch(null, now)).toBeNull()
  })
})
