// `npm run flags`: draws the region's heavy flags (coats of arms make their SVG several KB) as small WebP files in
// lib/flags/raster/, so a page of flags stays light. Rerun after upgrading flag-icons; lib/flags/flag-images.test.ts
// checks that every heavy flag has its raster and that it is the smaller file.
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {gzipSync} from 'node:zlib'
import sharp from 'sharp'

/** Flags whose SVG compresses to more than this are drawn as WebP instead. */
export const HEAVY_FLAG_BYTES = 2048
/** Twice the largest size a page shows a flag at (36 px high on a country page), 4:3. */
export const RASTER_SIZE = {width: 96, height: 72}
export const RASTER_DIR = path.join('lib', 'flags', 'raster')

/** The region's flags (ISO 3166-1 alpha-2, lower case), as lib/flags/flag-images.ts lists them. */
export const REGION_FLAGS = ['ca', 'us', 'mx', 'bz', 'cr', 'sv', 'gt', 'hn', 'ni', 'pa', 'ag', 'bs', 'bb', 'cu', 'dm', 'do', 'gd', 'ht', 'jm', 'kn', 'lc', 'vc', 'tt', 'pr', 'gy', 'sr', 'bm', 'ky', 'tc', 'aw', 'cw']

export function flagSvgFile(code) {
  return path.join('node_modules', 'flag-icons', 'flags', '4x3', `${code}.svg`)
}

export function isHeavyFlag(code) {
  return gzipSync(readFileSync(flagSvgFile(code)), {level: 9}).length > HEAVY_FLAG_BYTES
}

if (import.meta.url === `file://${process.argv[1]}`) {
  mkdirSync(RASTER_DIR, {recursive: true})
  for (const code of REGION_FLAGS.filter(isHeavyFlag)) {
    const webp = await sharp(flagSvgFile(code)).resize(RASTER_SIZE.width, RASTER_SIZE.height).webp({quality: 85, effort: 6}).toBuffer()
    writeFileSync(path.join(RASTER_DIR, `${code}.webp`), webp)
    process.stdout.write(`${code}: ${webp.length} bytes\n`)
  }
}
