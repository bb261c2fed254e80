// The 503 page's "try again" link only ever leads back into this site.
import {describe, expect, it} from 'vitest'
import {safeReturnPath, unavailableUrl} from './content-unavailable'

describe('safeReturnPath', () => {
  it('keeps same-site paths and replaces anything else with the home page', () => {
    expect(safeReturnPath('/news/a?page=2')).toBe('/news/a?page=2')
    for (const unsafe of ['https://evil.example/', '//evil.example', '/\\evil.example', 'news', '', null, undefined, '/content-unavailable?from=/x']) {
      expect(safeReturnPath(unsafe)).toBe('/')
    }
    expect(unavailableUrl('/news/a')).toBe('/content-unavailable?from=%2Fnews%2Fa')
  })
})
