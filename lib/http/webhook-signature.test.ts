// The webhook signature check: Sanity's own signing format accepted, anything else refused.
import {encodeSignatureHeader} from '@sanity/webhook'
import {describe, expect, it} from 'vitest'
import {constantTimeEqual, hasValidSignature} from './webhook-signature'

const SECRET = 'unit-test-secret'
const BODY = JSON.stringify({_id: 'newsItem-a', _type: 'newsItem'})

describe('hasValidSignature', () => {
  it('accepts a body signed by Sanity’s webhook toolkit with the same secret', async () => {
    expect(hasValidSignature(BODY, await encodeSignatureHeader(BODY, Date.now(), SECRET), SECRET)).toBe(true)
  })

  it('refuses another secret, a changed body, a missing or garbled header and an empty secret', async () => {
    const signature = await encodeSignatureHeader(BODY, Date.now(), SECRET)
    expect(hasValidSignature(BODY, await encodeSignatureHeader(BODY, Date.now(), 'other'), SECRET)).toBe(false)
    expect(hasValidSignature(BODY.replace('newsItem-a', 'newsItem-b'), signature, SECRET)).toBe(false)
    expect(hasValidSignature(BODY, null, SECRET)).toBe(false)
    expect(hasValidSignature(BODY, 'v1=abc', SECRET)).toBe(false)
    expect(hasValidSignature(BODY, signature.replace(/t=\d+/, 't=1700000000000'), SECRET)).toBe(false)
    expect(hasValidSignature(BODY, signature, '')).toBe(false)
  })
})

describe('hasValidSignature and the signature time', () => {
  const MINUTE = 60_000

  it('refuses a correctly signed call made more than five minutes ago: a captured call cannot be replayed later', async () => {
    for (const age of [5 * MINUTE + 1_000, 60 * MINUTE, Date.now() - Date.UTC(2022, 0, 1)]) {
      expect(hasValidSignature(BODY, await encodeSignatureHeader(BODY, Date.now() - age, SECRET), SECRET), `${age} ms old`).toBe(false)
    }
  })

  it('refuses a signature dated more than five minutes ahead, and accepts one within five minutes either way (clock skew)', async () => {
    expect(hasValidSignature(BODY, await encodeSignatureHeader(BODY, Date.now() + 6 * MINUTE, SECRET), SECRET)).toBe(false)
    expect(hasValidSignature(BODY, await encodeSignatureHeader(BODY, Date.now() - 4 * MINUTE, SECRET), SECRET)).toBe(true)
    expect(hasValidSignature(BODY, await encodeSignatureHeader(BODY, Date.now() + 4 * MINUTE, SECRET), SECRET)).toBe(true)
  })
})

describe('constantTimeEqual', () => {
  it('compares strings of any length without throwing', () => {
    expect(constantTimeEqual('abc', 'abc')).toBe(true)
    expect(constantTimeEqual('abc', 'abcd')).toBe(false)
    expect(constantTimeEqual('', 'x')).toBe(false)
  })
})
