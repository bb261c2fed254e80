// Which of the region's flags are too heavy as SVG (a coat of arms) and are served as a small WebP drawing instead:
// the rule shared by `npm run flags` (scripts/flags.mjs), which draws them, and the test that checks what is served.
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {gzipSync} from 'node:zlib'

/** Flags whose SVG compresses to more than this are drawn as WebP instead. */
export const HEAVY_FLAG_BYTES = 2048
/** Twice the largest size a page shows a flag at (36 px high on a country page), 4:3. */
export const RASTER_SIZE = {width: 96, height: 72}
export const RASTER_DIR = path.join('lib', 'flags', 'raster')
/** Twice the size a list shows a flag at (21 × 16 px): a list of countries loads these copies, a third of the bytes. */
export const SMALL_RASTER_SIZE = {width: 42, height: 32}
export const SMALL_RASTER_DIR = path.join(RASTER_DIR, 'small')
/** The tallest a flag is shown (CSS pixels) from its small copy. */
export const SMALL_FLAG_MAX_HEIGHT = 16

/** The region's flags (ISO 3166-1 alpha-2, lower case), as lib/flags/flag-images.ts lists them. */
export const REGION_FLAGS = ['ca', 'us', 'mx', 'bz', 'cr', 'sv', 'gt', 'hn', 'ni', 'pa', 'ag', 'bs', 'bb', 'cu', 'dm', 'do', 'gd', 'ht', 'jm', 'kn', 'lc', 'vc', 'tt', 'pr', 'gy', 'sr', 'bm', 'ky', 'tc', 'aw', 'cw']

export function flagSvgFile(code) {
  return path.join('node_modules', 'flag-icons', 'flags', '4x3', `${code}.svg`)
}

export function isHeavyFlag(code) {
  return gzipSync(readFileSync(flagSvgFile(code)), {level: 9}).length > HEAVY_FLAG_BYTES
}
