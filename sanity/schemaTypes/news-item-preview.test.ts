// Studio lists show an item's language, then its date as the calendar day in the office's time zone (as readers see
// it, not the UTC day), then its countries.
import {describe, expect, it} from 'vitest'
import {newsItemType} from './news-item'

const prepare = (value: Record<string, unknown>) => newsItemType.preview!.prepare!(value)

describe('news item list preview', () => {
  it('shows the language, the day in the office’s time zone, then the countries', () => {
    // 03:00 UTC on 14 July is 21:00 on 13 July in San José.
    expect(prepare({title: 'T', language: 'en', date: '2020-07-14T03:00:00Z', country0: 'Costa Rica', country1: 'Panama'}).subtitle).toBe(
      'EN · 2020-07-13 · Costa Rica, Panama',
    )
    expect(prepare({title: 'T', language: 'es', date: '2020-07-14T12:00:00Z'}).subtitle).toBe('ES · 2020-07-14')
  })

  it('says so when there is no date or no language yet', () => {
    expect(prepare({title: 'T', language: 'en'}).subtitle).toBe('EN · No date')
    expect(prepare({title: 'T'}).subtitle).toBe('?? · No date')
  })
})
