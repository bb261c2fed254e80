// The date a printed country page says its information is from must be renewed by every publish the page shows.
import {describe, expect, it} from 'vitest'
import {recordedReads} from '@/vitest.setup'
import {tagsForChange, type ContentChangeEvent} from '@/lib/content/cache-tags'
import {printStamp} from './printed-address'

const EDITS: ContentChangeEvent[] = [
  {id: 'n', type: 'newsItem', slugs: ['guatemala-raises-awareness-about-recruitment-scams'], formerSlugs: []},
  {id: 'c', type: 'country', slugs: ['guatemala'], formerSlugs: []},
  {id: 't', type: 'tag', slugs: ['ethical-recruitment'], formerSlugs: []},
]

describe('printStamp', () => {
  it('is cached under tags that an item, country or topic publish emits, so its "as of" date follows the page', async () => {
    recordedReads(true)
    await printStamp('http://localhost:3000/countries/guatemala')
    const carried = recordedReads(true).flat()
    for (const event of EDITS) expect(tagsForChange(event).filter((tag) => carried.includes(tag)), `a ${event.type} publish`).not.toEqual([])
  })
})
