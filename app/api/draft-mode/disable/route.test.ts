// "Leave preview" sends the reader back to a page of this site, never elsewhere, whatever `to=` carries.
import {describe, expect, it, vi} from 'vitest'

const disable = vi.fn()
vi.mock('next/headers', () => ({draftMode: async () => ({disable, isEnabled: true})}))

const {GET} = await import('./route')

/** Where a browser goes when it follows the response's Location from this route. */
async function followedTo(query: string): Promise<{status: number; location: string; destination: URL}> {
  const requestUrl = `https://news.example.org/api/draft-mode/disable?${query}`
  const response = await GET(new Request(requestUrl))
  const location = response.headers.get('location') ?? ''
  return {status: response.status, location, destination: new URL(location, requestUrl)}
}

describe('GET /api/draft-mode/disable', () => {
  it('leaves draft mode and returns to the page the reader was on', async () => {
    const {status, location} = await followedTo(`to=${encodeURIComponent('/news/a?page=2')}`)
    expect(status).toBe(303)
    expect(location).toBe('/news/a?page=2')
    expect(disable).toHaveBeenCalled()
  })

  it("never sends the reader to another site, and never fails, on the review's payloads", async () => {
    const queries = [
      'to=/%09/evil.example',
      'to=/%09%5Cevil.example',
      'to=/%0A/evil.example',
      'to=/%0D/evil.example',
      'to=/%0D%0ASet-Cookie:%20x=1',
      'to=%5C%5Cevil.example',
      'to=/%5Cevil.example',
      'to=//evil.example',
      'to=/.//evil.example',
      'to=https://evil.example/',
      'to=/%E3%80%82',
      'to=/%EF%BC%8F%EF%BC%8Fevil.example',
    ]
    for (const query of queries) {
      const {status, location, destination} = await followedTo(query)
      expect(status, query).toBe(303)
      expect(destination.origin, `${query} -> ${JSON.stringify(location)}`).toBe('https://news.example.org')
    }
  })
})
