// Country flags as SVG images from flag-icons: each a static file under /_next/static/media, so a page loads only the flags it shows.
import {stegaClean} from '@sanity/client/stega'
import ca from 'flag-icons/flags/4x3/ca.svg'
import us from 'flag-icons/flags/4x3/us.svg'
import mx from 'flag-icons/flags/4x3/mx.svg'
import bz from 'flag-icons/flags/4x3/bz.svg'
import cr from 'flag-icons/flags/4x3/cr.svg'
import sv from 'flag-icons/flags/4x3/sv.svg'
import gt from 'flag-icons/flags/4x3/gt.svg'
import hn from 'flag-icons/flags/4x3/hn.svg'
import ni from 'flag-icons/flags/4x3/ni.svg'
import pa from 'flag-icons/flags/4x3/pa.svg'
import ag from 'flag-icons/flags/4x3/ag.svg'
import bs from 'flag-icons/flags/4x3/bs.svg'
import bb from 'flag-icons/flags/4x3/bb.svg'
import cu from 'flag-icons/flags/4x3/cu.svg'
import dm from 'flag-icons/flags/4x3/dm.svg'
import do_ from 'flag-icons/flags/4x3/do.svg'
import gd from 'flag-icons/flags/4x3/gd.svg'
import ht from 'flag-icons/flags/4x3/ht.svg'
import jm from 'flag-icons/flags/4x3/jm.svg'
import kn from 'flag-icons/flags/4x3/kn.svg'
import lc from 'flag-icons/flags/4x3/lc.svg'
import vc from 'flag-icons/flags/4x3/vc.svg'
import tt from 'flag-icons/flags/4x3/tt.svg'
import pr from 'flag-icons/flags/4x3/pr.svg'
import gy from 'flag-icons/flags/4x3/gy.svg'
import sr from 'flag-icons/flags/4x3/sr.svg'
import bm from 'flag-icons/flags/4x3/bm.svg'
import ky from 'flag-icons/flags/4x3/ky.svg'
import tc from 'flag-icons/flags/4x3/tc.svg'
import aw from 'flag-icons/flags/4x3/aw.svg'
import cw from 'flag-icons/flags/4x3/cw.svg'

type StaticFile = string | {src: string}

/** The region's flags by ISO 3166-1 alpha-2 code (the bundler turns each import into the file's address). */
const FLAGS: Record<string, StaticFile> = {CA: ca, US: us, MX: mx, BZ: bz, CR: cr, SV: sv, GT: gt, HN: hn, NI: ni, PA: pa, AG: ag, BS: bs, BB: bb, CU: cu, DM: dm, DO: do_, GD: gd, HT: ht, JM: jm, KN: kn, LC: lc, VC: vc, TT: tt, PR: pr, GY: gy, SR: sr, BM: bm, KY: ky, TC: tc, AW: aw, CW: cw}

/** The address of a country's flag (4:3), or null when the code is not a country of the region. */
export function flagSrc(isoCode: string | null | undefined): string | null {
  // In a draft preview the code arrives stega-encoded (invisible click-to-edit characters): removed first.
  const code = stegaClean(isoCode)
  if (!code || !/^[A-Za-z]{2}$/.test(code)) return null
  const file = FLAGS[code.toUpperCase()]
  if (!file) return null
  return typeof file === 'string' ? file : file.src
}
