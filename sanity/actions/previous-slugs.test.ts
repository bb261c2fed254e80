// Publishing a new web address keeps the old one working: the Publish action adds it to the item's earlier addresses.
import {describe, expect, it} from 'vitest'
import {previousSlugsPatch} from './previous-slugs'

const item = (slug: string, previousSlugs?: string[]) => ({_id: 'newsItem-a', slug: {current: slug}, ...(previousSlugs ? {previousSlugs} : {})})

describe('earlier web addresses on publish', () => {
  it('keeps the published address when the draft has a new one', () => {
    expect(previousSlugsPatch(item('new-address'), item('old-address'))).toEqual({set: {previousSlugs: ['old-address']}})
    expect(previousSlugsPatch(item('third', ['first']), item('second', ['first']))).toEqual({set: {previousSlugs: ['first', 'second']}})
  })

  it('drops an earlier address that becomes the current one again', () => {
    expect(previousSlugsPatch(item('first', ['first']), item('second', ['first']))).toEqual({set: {previousSlugs: ['second']}})
  })

  it('changes nothing on a first publish, with the same address, or when the old address is already kept', () => {
    expect(previousSlugsPatch(item('new-address'), null)).toBeNull()
    expect(previousSlugsPatch(item('same', ['older']), item('same', ['older']))).toBeNull()
    expect(previousSlugsPatch(item('new-address', ['old-address']), item('old-address'))).toBeNull()
    expect(previousSlugsPatch(null, item('old-address'))).toBeNull()
  })
})
