// Country flags from flag-icons, each a static file under /_next/static/media so a page loads only the flags it shows:
// SVG where the file is small, a 96×72 WebP drawn from the same SVG (npm run flags) where a coat of arms makes it heavy,
// and a 42×32 copy of those for lists, where a flag is 16 px high.
import {stegaClean} from '@sanity/client/stega'
import ca from 'flag-icons/flags/4x3/ca.svg'
import us from 'flag-icons/flags/4x3/us.svg'
import mx from './raster/mx.webp'
import bz from './raster/bz.webp'
import cr from 'flag-icons/flags/4x3/cr.svg'
import sv from './raster/sv.webp'
import gt from './raster/gt.webp'
import hn from 'flag-icons/flags/4x3/hn.svg'
import ni from './raster/ni.webp'
import pa from 'flag-icons/flags/4x3/pa.svg'
import ag from 'flag-icons/flags/4x3/ag.svg'
import bs from 'flag-icons/flags/4x3/bs.svg'
import bb from 'flag-icons/flags/4x3/bb.svg'
import cu from 'flag-icons/flags/4x3/cu.svg'
import dm from './raster/dm.webp'
import do_ from './raster/do.webp'
import gd from 'flag-icons/flags/4x3/gd.svg'
import ht from './raster/ht.webp'
import jm from 'flag-icons/flags/4x3/jm.svg'
import kn from 'flag-icons/flags/4x3/kn.svg'
import lc from 'flag-icons/flags/4x3/lc.svg'
import vc from 'flag-icons/flags/4x3/vc.svg'
import tt from 'flag-icons/flags/4x3/tt.svg'
import pr from 'flag-icons/flags/4x3/pr.svg'
import gy from 'flag-icons/flags/4x3/gy.svg'
import sr from 'flag-icons/flags/4x3/sr.svg'
import bm from './raster/bm.webp'
import ky from './raster/ky.webp'
import tc from './raster/tc.webp'
import aw from 'flag-icons/flags/4x3/aw.svg'
import cw from 'flag-icons/flags/4x3/cw.svg'
import mxSmall from './raster/small/mx.webp'
import bzSmall from './raster/small/bz.webp'
import svSmall from './raster/small/sv.webp'
import gtSmall from './raster/small/gt.webp'
import niSmall from './raster/small/ni.webp'
import dmSmall from './raster/small/dm.webp'
import doSmall from './raster/small/do.webp'
import htSmall from './raster/small/ht.webp'
import bmSmall from './raster/small/bm.webp'
import kySmall from './raster/small/ky.webp'
import tcSmall from './raster/small/tc.webp'
import {SMALL_FLAG_MAX_HEIGHT} from './heavy-flags.mjs'

type StaticFile = string | {src: string}

/** The region's flags by ISO 3166-1 alpha-2 code (the bundler turns each import into the file's address). */
const FLAGS: Record<string, StaticFile> = {CA: ca, US: us, MX: mx, BZ: bz, CR: cr, SV: sv, GT: gt, HN: hn, NI: ni, PA: pa, AG: ag, BS: bs, BB: bb, CU: cu, DM: dm, DO: do_, GD: gd, HT: ht, JM: jm, KN: kn, LC: lc, VC: vc, TT: tt, PR: pr, GY: gy, SR: sr, BM: bm, KY: ky, TC: tc, AW: aw, CW: cw}

/** The heavy flags' copies for lists (twice 21 × 16 px). */
const SMALL_FLAGS: Record<string, StaticFile> = {MX: mxSmall, BZ: bzSmall, SV: svSmall, GT: gtSmall, NI: niSmall, DM: dmSmall, DO: doSmall, HT: htSmall, BM: bmSmall, KY: kySmall, TC: tcSmall}

/**
 * The address of a country's flag (4:3) for a given height in CSS pixels (the larger drawing when none is given), or
 * null when the code is not a country of the region.
 */
export function flagSrc(isoCode: string | null | undefined, height?: number): string | null {
  // In a draft preview the code arrives stega-encoded (invisible click-to-edit characters): removed first.
  const code = stegaClean(isoCode)
  if (!code || !/^[A-Za-z]{2}$/.test(code)) return null
  const small = height !== undefined && height <= SMALL_FLAG_MAX_HEIGHT ? SMALL_FLAGS[code.toUpperCase()] : undefined
  const file = small ?? FLAGS[code.toUpperCase()]
  if (!file) return null
  return typeof file === 'string' ? file : file.src
}
