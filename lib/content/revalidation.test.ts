// What the webhook revalidates: exactly the tags a change touches, before and after the edit.
import {describe, expect, it} from 'vitest'
import {parseWebhookBody, tagsForChange} from './revalidation'

describe('parseWebhookBody and tagsForChange', () => {
  it('revalidates the item page under its old and new slug, the news lists, old and new countries and topics, feeds and sitemap', () => {
    const parsed = parseWebhookBody({
      _id: 'drafts.newsItem.a',
      _type: 'newsItem',
      slug: {before: 'old-slug', after: 'new-slug'},
      countries: {before: ['mexico', 'guatemala'], after: ['guatemala', 'honduras']},
      topics: {before: ['ethical-recruitment'], after: null},
    })
    expect(parsed.kind).toBe('change')
    if (parsed.kind !== 'change') return
    expect(parsed.event.id).toBe('newsItem.a')
    expect(tagsForChange(parsed.event).sort()).toEqual(
      ['type:newsItem', 'newsItem:old-slug', 'newsItem:new-slug', 'country:mexico', 'country:guatemala', 'country:honduras', 'tag:ethical-recruitment', 'feeds', 'sitemap'].sort(),
    )
  })

  it('revalidates a new item (no "before") and a deleted one (no "after") alike', () => {
    const created = parseWebhookBody({_id: 'n', _type: 'newsItem', slug: {before: null, after: 'fresh'}, countries: {before: null, after: ['cuba']}})
    const deleted = parseWebhookBody({_id: 'n', _type: 'newsItem', slug: {before: 'gone', after: null}, countries: {before: ['cuba'], after: null}})
    if (created.kind !== 'change' || deleted.kind !== 'change') throw new Error('expected changes')
    expect(tagsForChange(created.event)).toEqual(expect.arrayContaining(['newsItem:fresh', 'country:cuba', 'type:newsItem']))
    expect(tagsForChange(deleted.event)).toEqual(expect.arrayContaining(['newsItem:gone', 'country:cuba', 'type:newsItem']))
  })

  it('revalidates a country page, the country lists, feeds and sitemap when a country changes', () => {
    const parsed = parseWebhookBody({_id: 'country.mx', _type: 'country', slug: {before: 'mexico', after: 'mexico'}})
    if (parsed.kind !== 'change') throw new Error('expected a change')
    expect(tagsForChange(parsed.event).sort()).toEqual(['country:mexico', 'feeds', 'sitemap', 'type:country'])
  })

  it('ignores document types the site does not show and calls anything else malformed', () => {
    expect(parseWebhookBody({_id: 'x', _type: 'sanity.imageAsset'})).toEqual({kind: 'ignored', type: 'sanity.imageAsset'})
    for (const body of [null, 'text', [], {}, {_id: 3, _type: 'newsItem'}, {_id: 'x'}]) expect(parseWebhookBody(body)).toEqual({kind: 'malformed'})
  })
})
