// The region's map drawn once per process from Natural Earth (world-atlas) with d3-geo: SVG paths, island markers, nothing fetched.
import {geoConicConformal, geoPath, type GeoPermissibleObjects} from 'd3-geo'
import {feature} from 'topojson-client'
import {presimplify, simplify} from 'topojson-simplify'
import type {GeometryCollection, Topology} from 'topojson-specification'
import countries50m from 'world-atlas/countries-50m.json'
import countries110m from 'world-atlas/countries-110m.json'

/** ISO 3166-1 alpha-2 → numeric (world-atlas's feature ids) for the countries of the region the portal covers. */
export const ISO_NUMERIC: Record<string, string> = {
  CA: '124', US: '840', MX: '484', BZ: '084', CR: '188', SV: '222', GT: '320', HN: '340', NI: '558', PA: '591',
  AG: '028', BS: '044', BB: '052', CU: '192', DM: '212', DO: '214', GD: '308', HT: '332', JM: '388', KN: '659',
  LC: '662', VC: '670', TT: '780', PR: '630', GY: '328', SR: '740', BM: '060', KY: '136', TC: '796', AW: '533', CW: '531',
}

/**
 * Where the small island states are (capital or island centre, degrees): the coarse 1:110m data has no shape for
 * them, and at a map's scale they would be a pixel anyway, so they are drawn as markers.
 */
const ISLAND_POSITIONS: Record<string, [number, number]> = {
  AG: [-61.8, 17.1],
  BB: [-59.55, 13.15],
  DM: [-61.35, 15.4],
  GD: [-61.68, 12.12],
  KN: [-62.75, 17.3],
  LC: [-60.97, 13.9],
  VC: [-61.2, 13.25],
}

export type Detail = 'fine' | 'coarse'

export type MapShape = {
  /** ISO numeric id, or '' for a shape that has none. */
  id: string
  /** SVG path data in the map's coordinates. */
  d: string
}

export type MapMarker = {id: string; x: number; y: number}

export type RegionGeometry = {width: number; height: number; shapes: MapShape[]; markers: MapMarker[]}

/** The frame: from the Pacific coast of Canada to the Lesser Antilles, from Panama to the Great Lakes' north. */
const FRAME: GeoPermissibleObjects = {
  type: 'MultiPoint',
  coordinates: [
    [-128, 52],
    [-56, 52],
    [-118, 8],
    [-92, 6],
    [-78, 6],
    [-58, 8],
    [-95, 60],
  ],
}

/**
 * Simplification of the fine (1:50m) data: a point goes when the triangle it makes with its neighbours is smaller than
 * this, in square degrees (topojson-simplify); at this map's scale 0.02 is about two square pixels. Measured on the
 * compact paths: 0.005 gave 16.8 KB (5.1 KB gzipped), 0.02 gives 8.4 KB (3.1 KB) with the same coasts at 950 pixels
 * wide; 0.05 began to lose the Bahamas' smaller islands.
 */
const MIN_WEIGHT = 0.02

function build(detail: Detail): RegionGeometry {
  const width = 800
  const height = 600
  const source = (detail === 'fine' ? countries50m : countries110m) as unknown as Topology<{countries: GeometryCollection<{name: string}>}>
  // Points whose triangle with their neighbours is smaller than this (square degrees) go: invisible at this scale.
  const topology = detail === 'fine' ? simplify(presimplify(source), MIN_WEIGHT) : source
  const collection = feature(topology, topology.objects.countries)
  const projection = geoConicConformal()
    .parallels([15, 45])
    .rotate([92, 0])
    .fitExtent(
      [
        [4, 4],
        [width - 4, height - 4],
      ],
      FRAME,
    )
    .clipExtent([
      [0, 0],
      [width, height],
    ])
  // Whole pixels: the map is drawn at most a little wider than its 800 units, and decimals would add 35 % to its weight.
  const path = geoPath(projection).digits(0)
  const shapes: MapShape[] = []
  const markers: MapMarker[] = []
  const islands = new Map(Object.entries(ISLAND_POSITIONS).map(([code, position]) => [ISO_NUMERIC[code]!, position]))
  for (const country of collection.features) {
    const id = typeof country.id === 'string' ? country.id : ''
    const d = path(country)
    const island = islands.get(id)
    if (island) {
      const point = projection(island)
      if (point) markers.push({id, x: Math.round(point[0]), y: Math.round(point[1])})
      continue
    }
    const compact = d ? compactPath(d) : ''
    if (compact) shapes.push({id, d: compact})
  }
  for (const [id, position] of islands) {
    if (markers.some((marker) => marker.id === id)) continue
    const point = projection(position)
    if (point) markers.push({id, x: Math.round(point[0]), y: Math.round(point[1])})
  }
  return {width, height, shapes, markers}
}

/** Numbers of path data joined as briefly as SVG allows: a minus sign separates as well as a space does. */
function joinNumbers(numbers: number[]): string {
  return numbers.reduce<string>((text, n, i) => (i === 0 || n < 0 ? `${text}${n}` : `${text} ${n}`), '')
}

/**
 * d3-geo's path data (absolute `M`/`L`/`Z` in whole pixels) rewritten with relative moves and lines, without repeated
 * points and without rings too small to enclose anything at this scale. The same drawing in about half the characters:
 * the map's paths are sent twice (in the HTML and in React's payload), and were most of `/countries`' weight.
 * Anything else (arcs, decimals) is returned as it is.
 */
export function compactPath(d: string): string {
  if (!/^[MLZ\d,-]*$/.test(d)) return d
  let text = ''
  let [x, y] = [0, 0]
  for (const ring of d.split('M').filter(Boolean)) {
    const closed = ring.endsWith('Z')
    const points: Array<[number, number]> = []
    for (const pair of (closed ? ring.slice(0, -1) : ring).split('L')) {
      const [px, py] = pair.split(',').map(Number) as [number, number]
      const last = points.at(-1)
      if (!last || last[0] !== px || last[1] !== py) points.push([px, py])
    }
    if (closed && points.length > 1 && points[0]![0] === points.at(-1)![0] && points[0]![1] === points.at(-1)![1]) points.pop()
    if (points.length < (closed ? 3 : 2)) continue
    const [start, ...rest] = points as [[number, number], ...Array<[number, number]>]
    text += `m${joinNumbers([start[0] - x, start[1] - y])}`
    let [cx, cy] = start
    if (rest.length > 0) {
      text += `l${joinNumbers(rest.flatMap(([px, py]) => {
        const step = [px - cx, py - cy]
        ;[cx, cy] = [px, py]
        return step
      }))}`
    }
    if (closed) {
      text += 'z'
      ;[x, y] = start
    } else [x, y] = [cx, cy]
  }
  return text
}

const built = new Map<Detail, RegionGeometry>()

/** The geometry at a level of detail, computed on first use and kept for the life of the process. */
export function regionGeometry(detail: Detail): RegionGeometry {
  let geometry = built.get(detail)
  if (!geometry) {
    geometry = build(detail)
    built.set(detail, geometry)
  }
  return geometry
}
