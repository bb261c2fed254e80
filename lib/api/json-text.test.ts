// A JSON answer that echoes a hostile value holds no markup, and parses back to the same value.
import {describe, expect, it} from 'vitest'
import {jsonText} from './json-text'

describe('jsonText', () => {
  it('escapes markup characters and line separators, and parses back to the same value', () => {
    const value = {detail: '<xss-probe onerror=alert(1)>&\u2028', n: 1}
    const text = jsonText(value)
    expect(text).not.toMatch(/[<>&\u2028]/)
    expect(JSON.parse(text)).toEqual(value)
  })
})
