// The preview's perspective comes from a cookie the browser holds: only what the Content Lake accepts is passed on.
import {describe, expect, it} from 'vitest'
import {previewPerspective} from './fetch-options'

describe('previewPerspective', () => {
  it('passes published, drafts and release stacks on', () => {
    expect(previewPerspective('published')).toBe('published')
    expect(previewPerspective('drafts')).toBe('drafts')
    expect(previewPerspective(['rA1b2C3d4', 'drafts'])).toEqual(['rA1b2C3d4', 'drafts'])
  })

  it('falls back to drafts for anything else, never a 400 from Sanity', () => {
    for (const value of ['nonsense', 'raw', 'previewDrafts', ['nonsense', 'drafts'], ['drafts; drop'], [], undefined, 42]) {
      expect(previewPerspective(value), JSON.stringify(value)).toBe('drafts')
    }
  })
})
