// Dates readers see are the office's calendar days (America/Costa_Rica unless configured), not UTC's.
import {afterEach, describe, expect, it, vi} from 'vitest'
import {DEFAULT_SITE_TIME_ZONE, formatDate, isoDay, siteTimeZone} from './dates'

afterEach(() => {
  vi.unstubAllEnvs()
})

describe('dates in the office time zone', () => {
  it('shows an item published at 23:30 UTC on 13 July as 13 July, the day it was in Costa Rica', () => {
    vi.stubEnv('NEXT_PUBLIC_SITE_TIME_ZONE', '')
    expect(siteTimeZone()).toBe('America/Costa_Rica')
    expect(formatDate('2020-07-13T23:30:00Z')).toBe('13 July 2020')
    expect(isoDay('2020-07-13T23:30:00Z')).toBe('2020-07-13')
    // After midnight UTC it is still the evening of the 13th in Costa Rica (UTC-6).
    expect(formatDate('2020-07-14T05:30:00Z')).toBe('13 July 2020')
    expect(isoDay('2020-07-14T05:30:00Z')).toBe('2020-07-13')
    expect(formatDate('2020-07-14T06:30:00Z')).toBe('14 July 2020')
  })

  it('follows NEXT_PUBLIC_SITE_TIME_ZONE, and ignores a zone that does not exist', () => {
    vi.stubEnv('NEXT_PUBLIC_SITE_TIME_ZONE', 'Asia/Tokyo')
    expect(formatDate('2020-07-13T23:30:00Z')).toBe('14 July 2020')
    expect(isoDay('2020-07-13T23:30:00Z')).toBe('2020-07-14')
    vi.stubEnv('NEXT_PUBLIC_SITE_TIME_ZONE', 'Mars/Olympus_Mons')
    expect(siteTimeZone()).toBe(DEFAULT_SITE_TIME_ZONE)
    expect(formatDate('2020-07-13T23:30:00Z')).toBe('13 July 2020')
  })

  it('keeps a plain calendar day (a search filter) as that day, whatever the zone', () => {
    vi.stubEnv('NEXT_PUBLIC_SITE_TIME_ZONE', 'America/Costa_Rica')
    expect(formatDate('2020-07-13')).toBe('13 July 2020')
    expect(isoDay('2020-07-13')).toBe('2020-07-13')
  })

  it('gives nothing for a missing or unreadable date', () => {
    expect(formatDate(null)).toBe('')
    expect(formatDate('not a date')).toBe('')
    expect(isoDay(undefined)).toBe('')
  })
})
