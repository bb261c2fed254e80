// The region's map geometry: every country the portal covers can be drawn and clicked, and the drawing stays light.
import {gzipSync} from 'node:zlib'
import {describe, expect, it} from 'vitest'
import {countClasses} from './count-classes'
import {compactPath, ISO_NUMERIC, regionGeometry} from './region-geometry'

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
    // 3.1 KB gzipped in compact form and simplified at 0.02 square degrees (11.7 KB as d3 wrote them at 0.005), 2026-12-06.
    expect(gzipSync(paths).length).toBeLessThan(5_000)
  })
})

/** The rings of path data as absolute points, for either form: d3's `M`/`L`/`Z` or the compact `m`/`l`/`z`. */
function rings(d: string): string[] {
  const found: string[] = []
  let [x, y, startX, startY] = [0, 0, 0, 0]
  let current: string[] = []
  for (const [, command, args] of d.matchAll(/([MLZmlz])([^MLZmlz]*)/g)) {
    const numbers = (args!.match(/-?\d+/g) ?? []).map(Number)
    if (command === 'Z' || command === 'z') {
      found.push(current.join(' '))
      current = []
      ;[x, y] = [startX, startY]
      continue
    }
    for (let i = 0; i < numbers.length; i += 2) {
      const relative = command === 'm' || command === 'l'
      ;[x, y] = relative ? [x + numbers[i]!, y + numbers[i + 1]!] : [numbers[i]!, numbers[i + 1]!]
      if ((command === 'M' || command === 'm') && i === 0) [startX, startY] = [x, y]
      if (current.at(-1) !== `${x},${y}`) current.push(`${x},${y}`)
    }
  }
  return found
}

describe('compactPath', () => {
  it('draws the same rings with relative steps, leaving out repeated points and rings that enclose nothing', () => {
    const d3 = 'M698,513L698,513L698,513ZM660,500L661,502L660,503L657,503L657,503L660,500ZM10,10L20,10L20,-5Z'
    expect(compactPath(d3)).toBe('m660 500l1 2-1 1-3 0zm-650-490l10 0 0-15z')
    expect(rings(compactPath(d3))).toEqual(['660,500 661,502 660,503 657,503', '10,10 20,10 20,-5'])
  })

  it('gives every ring of the whole map at least three distinct points, in compact form', () => {
    for (const detail of ['fine', 'coarse'] as const) {
      for (const shape of regionGeometry(detail).shapes) {
        expect(shape.d).toMatch(/^[mlz\d -]+$/)
        for (const ring of rings(shape.d)) expect(ring.split(' ').length, shape.id).toBeGreaterThanOrEqual(3)
      }
    }
  })

  it('leaves path data it does not know as it is', () => {
    expect(compactPath('M1.5,2L3,4Z')).toBe('M1.5,2L3,4Z')
    expect(compactPath('M0,0a1,1 0 1,1 0,2Z')).toBe('M0,0a1,1 0 1,1 0,2Z')
  })
})

describe('countClasses', () => {
  it('has a class for no items, then ranges up to the largest count', () => {
    expect(countClasses([0, 0])).toEqual([{from: 0, to: 0, color: expect.any(String)}])
    expect(countClasses([0, 1, 3]).map(({from, to}) => [from, to])).toEqual([[0, 0], [1, 1], [2, 2], [3, 3]])
    expect(countClasses([0, 40]).map(({from, to}) => [from, to])).toEqual([[0, 0], [1, 10], [11, 20], [21, 30], [31, 40]])
  })
})
