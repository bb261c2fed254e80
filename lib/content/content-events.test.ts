// The search index (or anything else) hears about published changes, and one failing listener stops no other.
import {describe, expect, it, vi} from 'vitest'
import {notifyContentChange, onContentChange} from './content-events'

describe('content events', () => {
  it('tells every registered listener, survives a failing one and stops after unsubscribe', async () => {
    const seen: string[] = []
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const offA = onContentChange((change) => void seen.push(`a:${change.id}`))
    const offB = onContentChange(() => {
      throw new Error('index is busy')
    })
    const offC = onContentChange(async (change) => void seen.push(`c:${change.tags.join(',')}`))
    expect(await notifyContentChange({type: 'newsItem', id: 'n1', tags: ['type:newsItem']})).toBe(3)
    expect(seen).toEqual(['a:n1', 'c:type:newsItem'])
    offA()
    offB()
    offC()
    expect(await notifyContentChange({type: 'newsItem', id: 'n2', tags: []})).toBe(0)
  })
})
