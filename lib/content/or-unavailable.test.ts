// Route handlers (feeds, share images) answer a plain 503 when the content service fails, never an error page.
import {describe, expect, it} from 'vitest'
import {ContentUnavailableError} from './unavailable'
import {orUnavailableResponse} from './or-unavailable'

describe('orUnavailableResponse', () => {
  it('passes the answer through while content can be read', async () => {
    const response = await orUnavailableResponse(async () => new Response('<rss/>', {status: 200}))
    expect(response.status).toBe(200)
    expect(await response.text()).toBe('<rss/>')
  })

  it('answers 503 with Retry-After, uncached and without a stack, when Sanity cannot be reached', async () => {
    const response = await orUnavailableResponse(async () => {
      throw new ContentUnavailableError('NEWS_LIST_QUERY')
    })
    expect(response.status).toBe(503)
    expect(response.headers.get('retry-after')).toBe('30')
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(await response.text()).not.toMatch(/NEWS_LIST_QUERY|Error|\bat /)
  })

  it('lets other errors through: they are bugs, not outages', async () => {
    await expect(orUnavailableResponse(async () => Promise.reject(new TypeError('bug')))).rejects.toThrow('bug')
  })
})
