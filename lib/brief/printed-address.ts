// What a printed country page adds at its foot: the page's address as a QR code (SVG) and the date its content is from.
import 'server-only'
import {cacheTag} from 'next/cache'
import QRCode from 'qrcode'
import {ALL_CONTENT_TAGS} from '@/lib/content/cache-tags'

/**
 * The date is when the page's content was last drawn: cached under the list tags a country page's reads carry, which
 * every item, country and topic publish emits (a country's own tag is emitted only when it is renamed or deleted).
 */
export async function printStamp(url: string): Promise<{qrSvg: string; asOf: string}> {
  'use cache'
  cacheTag(...ALL_CONTENT_TAGS)
  const qrSvg = await QRCode.toString(url, {type: 'svg', errorCorrectionLevel: 'M', margin: 0})
  return {qrSvg, asOf: new Date().toISOString()}
}
