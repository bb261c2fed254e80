// What a printed country page adds at its foot: the page's address as a QR code (SVG) and the date its content is from.
import 'server-only'
import {cacheTag} from 'next/cache'
import QRCode from 'qrcode'
import {documentTag} from '@/lib/content/cache-tags'

/** Cached with the country's tag: the date is when the page's content was last drawn, which a publish renews. */
export async function printStamp(slug: string, url: string): Promise<{qrSvg: string; asOf: string}> {
  'use cache'
  cacheTag(documentTag('country', slug))
  const qrSvg = await QRCode.toString(url, {type: 'svg', errorCorrectionLevel: 'M', margin: 0})
  return {qrSvg, asOf: new Date().toISOString()}
}
