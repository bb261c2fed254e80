// The region's map geometry: every country the portal covers can be drawn and clicked, and the drawing stays light.
import {gzipSync} from 'node:zlib'
import {describe, expect, it} from 'vitest'
import {countClasses} from './count-classes'
import {ISO_NUMERIC, regionGeometry} from './region-geometry'

const COVERED = ['CA', 'US', 'MX', 'BZ', 'CR', 'SV', 'GT', 'HN', 'NI', 'PA', 'AG', 'BS', 'BB', 'CU', 'DM', 'DO', 'GD', 'HT', 'JM', 'KN', 'LC', 'VC', 'TT']
const SMALL_ISLANDS = ['AG', 'BB', 'DM', 'GD', 'KN', 'LC', 'VC']

describe('regionGeometry', () => {
  it.each(['fine', 'coarse'] as const)('draws every covered country (%s) as a shape, small island states as markers inside the frame', (detail) => {
    const geometry = regionGeometry(detail)
    for (const code of COVERED) {
      const id = ISO_NUMERIC[code]!
      const drawn = geometry.shapes.some((shape) => shape.id === id && shape.d.length > 0) || geometry.markers.some((marker) => marker.id === id)
      expect(drawn, code).toBe(true)
    }
    for (const code of SMALL_ISLANDS) {
      const marker = geometry.markers.find((candidate) => candidate.id === ISO_NUMERIC[code])
      expect(marker, code).toBeDefined()
      expect(marker!.x).toBeGreaterThan(0)
      expect(marker!.x).toBeLessThan(geometry.width)
      expect(marker!.y).toBeGreaterThan(0)
      expect(marker!.y).toBeLessThan(geometry.height)
    }
  })

  it('keeps the full map\'s paths well under the 40 KB compressed budget (links and labels come on top)', () => {
    const paths = regionGeometry('fine').shapes.map((shape) => `<path d="${shape.d}"/>`).join('')
    expect(gzipSync(paths).length).toBeLessThan(25_000)
  })
})

describe('countClasses', () => {
  it('has a class for no items, then ranges up to the largest count', () => {
    expect(countClasses([0, 0])).toEqual([{from: 0, to: 0, color: expect.any(String)}])
    expect(countClasses([0, 1, 3]).map(({from, to}) => [from, to])).toEqual([[0, 0], [1, 1], [2, 2], [3, 3]])
    expect(countClasses([0, 40]).map(({from, to}) => [from, to])).toEqual([[0, 0], [1, 10], [11, 20], [21, 30], [31, 40]])
  })
})
