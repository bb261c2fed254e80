// The image URLs readers' browsers load: crop and hotspot honoured, sizes never upscaled, nothing without an asset and alt.
import {describe, expect, it} from 'vitest'
import {croppedSize, imageUrl, isShowableImage, responsiveImage} from './sanity-image'

const ASSET = {_ref: 'image-3c5e1d2f4a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d-2000x1000-png'}
/** The left half cropped away, the hotspot on the right edge of what is left. */
const IMAGE = {
  asset: ASSET,
  crop: {top: 0, bottom: 0, left: 0.5, right: 0},
  hotspot: {x: 0.9, y: 0.5, width: 0.1, height: 0.1},
  alt: 'Workers at a training',
}

function params(url: string) {
  return new URL(url).searchParams
}

describe('sanity image urls', () => {
  it('point at the project and dataset on the image CDN', () => {
    expect(imageUrl(IMAGE, 400)).toMatch(
      /^https:\/\/cdn\.sanity\.io\/images\/[^/]+\/production\/3c5e1d2f4a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d-2000x1000\.png\?/,
    )
  })

  it('keep the crop as the visible part: rect starts where the editor cropped', () => {
    expect(params(imageUrl(IMAGE, 400)).get('rect')).toBe('1000,0,1000,1000')
    expect(croppedSize(IMAGE)).toEqual({width: 1000, height: 1000})
  })

  it('cut a forced shape around the hotspot, inside the crop', () => {
    const url = params(imageUrl(IMAGE, 800, {aspectRatio: 2}))
    // 1000×500 out of the 1000×1000 crop, as wide as it is, centred vertically on the hotspot (y 0.5).
    expect(url.get('rect')).toBe('1000,250,1000,500')
    const tall = params(imageUrl(IMAGE, 300, {aspectRatio: 0.5}))
    // 500×1000: the hotspot at x 0.9 (1800 px) pulls the cut to the crop's right edge.
    expect(tall.get('rect')).toBe('1500,0,500,1000')
    expect(tall.get('w')).toBe('300')
    expect(tall.get('h')).toBe('600')
  })

  it('give a srcset of the widths the original can fill, and the size to reserve', () => {
    const image = responsiveImage(IMAGE, [320, 640, 960, 1280, 1920], 16 / 9)!
    expect(image.srcSet.split(', ').map((entry) => entry.split(' ')[1])).toEqual(['320w', '640w', '960w'])
    expect(image.width).toBe(960)
    expect(image.height).toBe(540)
    expect(params(image.src).get('auto')).toBe('format')
  })

  it('show nothing without an asset or without alt text', () => {
    expect(responsiveImage(null, [320])).toBeNull()
    expect(responsiveImage({alt: 'x'}, [320])).toBeNull()
    expect(isShowableImage(IMAGE)).toBe(true)
    expect(isShowableImage({...IMAGE, alt: '  '})).toBe(false)
    expect(isShowableImage({alt: 'x', asset: {_ref: 'file-abc-pdf'}})).toBe(false)
  })
})
