// `npm run flags`: draws the region's heavy flags (coats of arms make their SVG several KB) as small WebP files in
// lib/flags/raster/, so a page of flags stays light. Rerun after upgrading flag-icons; lib/flags/flag-images.test.ts
// checks that every heavy flag has its raster and that it is the smaller file.
import {mkdirSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'
import {flagSvgFile, isHeavyFlag, RASTER_DIR, RASTER_SIZE, REGION_FLAGS} from '../lib/flags/heavy-flags.mjs'

mkdirSync(RASTER_DIR, {recursive: true})
for (const code of REGION_FLAGS.filter(isHeavyFlag)) {
  const webp = await sharp(flagSvgFile(code)).resize(RASTER_SIZE.width, RASTER_SIZE.height).webp({quality: 85, effort: 6}).toBuffer()
  writeFileSync(path.join(RASTER_DIR, `${code}.webp`), webp)
  process.stdout.write(`${code}: ${webp.length} bytes\n`)
}
