// The flags stay light: every flag whose SVG is heavy is served as its smaller WebP drawing, and every flag is served.
import {existsSync, readFileSync, statSync} from 'node:fs'
import path from 'node:path'
import {gzipSync} from 'node:zlib'
import {describe, expect, it} from 'vitest'
import {flagSvgFile, isHeavyFlag, RASTER_DIR, REGION_FLAGS, SMALL_RASTER_DIR} from './heavy-flags.mjs'
import {flagSrc} from './flag-images'

describe('the region’s flags', () => {
  it('has a flag for every code of the region, and none for a code outside it', () => {
    for (const code of REGION_FLAGS) expect(flagSrc(code.toUpperCase()), code).toBeTruthy()
    expect(flagSrc('FR')).toBeNull()
  })

  it('serves each heavy flag (a coat of arms) as a WebP smaller than its compressed SVG, and the others as SVG', () => {
    const heavy = REGION_FLAGS.filter(isHeavyFlag)
    expect(heavy).toContain('mx')
    for (const code of REGION_FLAGS) {
      const raster = path.join(RASTER_DIR, `${code}.webp`)
      if (heavy.includes(code)) {
        expect(existsSync(raster), `${raster} (npm run flags)`).toBe(true)
        expect(statSync(raster).size).toBeLessThan(gzipSync(readFileSync(flagSvgFile(code))).length)
        expect(flagSrc(code)).toMatch(/webp/)
      } else {
        expect(flagSrc(code)).toMatch(/svg/)
      }
    }
  })

  it('gives a list (flags 16 px high) each heavy flag from its smaller copy, and bigger flags from the larger drawing', () => {
    for (const code of REGION_FLAGS.filter(isHeavyFlag)) {
      const small = path.join(SMALL_RASTER_DIR, `${code}.webp`)
      expect(existsSync(small), `${small} (npm run flags)`).toBe(true)
      expect(statSync(small).size, code).toBeLessThan(statSync(path.join(RASTER_DIR, `${code}.webp`)).size)
      expect(flagSrc(code, 16), code).not.toBe(flagSrc(code, 36))
      expect(flagSrc(code, 36), code).toBe(flagSrc(code))
    }
    expect(flagSrc('us', 16)).toBe(flagSrc('us'))
  })

  it('keeps the flags of the whole region, as served, under 25 KB together (a list of countries shows them all)', () => {
    const bytes = REGION_FLAGS.reduce((sum, code) => {
      const served = /webp/.test(flagSrc(code) ?? '')
      return sum + (served ? statSync(path.join(RASTER_DIR, `${code}.webp`)).size : gzipSync(readFileSync(flagSvgFile(code))).length)
    }, 0)
    expect(bytes).toBeLessThan(25 * 1024)
  })
})
