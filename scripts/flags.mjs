// `npm run flags`: draws the region's heavy flags (coats of arms make their SVG several KB) as small WebP files in
// lib/flags/raster/, and a smaller copy for lists in lib/flags/raster/small/, so a page of flags stays light. Rerun
// after upgrading flag-icons; lib/flags/flag-images.test.ts checks that every heavy flag has both and that they are smaller.
import {mkdirSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'
import {flagSvgFile, isHeavyFlag, RASTER_DIR, RASTER_SIZE, REGION_FLAGS, SMALL_RASTER_DIR, SMALL_RASTER_SIZE} from '../lib/flags/heavy-flags.mjs'

for (const [dir, size] of [
  [RASTER_DIR, RASTER_SIZE],
  [SMALL_RASTER_DIR, SMALL_RASTER_SIZE],
]) {
  mkdirSync(dir, {recursive: true})
  for (const code of REGION_FLAGS.filter(isHeavyFlag)) {
    const webp = await sharp(flagSvgFile(code)).resize(size.width, size.height).webp({quality: 85, effort: 6}).toBuffer()
    writeFileSync(path.join(dir, `${code}.webp`), webp)
    process.stdout.write(`${path.join(dir, code)}.webp: ${webp.length} bytes\n`)
  }
}
