// Flags come from ISO codes; bad codes give no flag rather than garbage.
import {describe, expect, it} from 'vitest'
import {flagEmoji} from './flag'

describe('flagEmoji', () => {
  it('turns an ISO code into its flag', () => {
    expect(flagEmoji('SV')).toBe('🇸🇻')
    expect(flagEmoji('do')).toBe('🇩🇴')
  })
  it('gives nothing for missing or malformed codes', () => {
    expect(flagEmoji(null)).toBe('')
    expect(flagEmoji('S')).toBe('')
    expect(flagEmoji('S1')).toBe('')
  })
})
