// The 503 page's "try again" link only ever leads back into this site, and never to the 503 page itself.
import {describe, expect, it} from 'vitest'
import {unavailableReturnPath, unavailableUrl} from './unavailable'

describe('unavailableReturnPath', () => {
  it('keeps same-site paths and replaces anything else, or the 503 page itself, with the home page', () => {
    expect(unavailableReturnPath('/news/a?page=2')).toBe('/news/a?page=2')
    for (const unsafe of ['https://evil.example/', '//evil.example', '/\\evil.example', '/\t/evil.example', 'news', '', null, undefined, '/content-unavailable?from=/x']) {
      expect(unavailableReturnPath(unsafe)).toBe('/')
    }
    expect(unavailableUrl('/news/a')).toBe('/content-unavailable?from=%2Fnews%2Fa')
    expect(unavailableUrl('/\t/evil.example')).toBe('/content-unavailable?from=%2F')
  })
})
