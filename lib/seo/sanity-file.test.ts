// Attachment links point at the file route of Sanity's CDN for the configured project and dataset.
import {describe, expect, it} from 'vitest'
import {fileTypeLabel, fileUrl} from './sanity-file'

describe('fileUrl', () => {
  it('builds the CDN address of a file asset and refuses anything that is not one', () => {
    expect(fileUrl('file-0123456789abcdef0123456789abcdef01234567-pdf')).toMatch(
      /^https:\/\/cdn\.sanity\.io\/files\/[^/]+\/production\/0123456789abcdef0123456789abcdef01234567\.pdf$/,
    )
    expect(fileUrl('image-abc-100x100-png')).toBeNull()
    expect(fileUrl('')).toBeNull()
    expect(fileUrl(null)).toBeNull()
  })

  it('names the file type by its extension', () => {
    expect(fileTypeLabel('file-0123456789abcdef0123456789abcdef01234567-pdf')).toBe('PDF')
    expect(fileTypeLabel('not-a-file')).toBe('')
  })
})
