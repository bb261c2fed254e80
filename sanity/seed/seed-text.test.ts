// The seed parser: the repository's own seed file gives ten whole items, and a cut-off file is refused, not half-read.
import {describe, expect, it} from 'vitest'
import {parseSeedText, readSeedItems} from './seed-text'

describe('seed text', () => {
  it('reads the ten items of the seed file kept in the repository', () => {
    const items = readSeedItems()
    expect(items).toHaveLength(10)
    expect(items[0]).toMatchObject({date: '13 July, 2020', title: 'The National Department of Employment in El Salvador receives training on ethical recruitment of migrants'})
    for (const item of items) expect(item.date).toMatch(/^\d{1,2} [A-Z][a-z]+, \d{4}$/)
  })

  it('refuses a file whose last item lost its lead', () => {
    expect(() => parseSeedText('13 July, 2020\n\nA headline\n\nA lead.\n\n9 July, 2020\n\nAnother headline\n')).toThrow(/exactly three/)
  })
})
