// A country's flag as PNG bytes for the brief's PDF (pdfkit draws PNG and JPEG, not SVG), drawn by sharp from the same
// flag-icons SVG the pages show.
import 'server-only'
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import sharp from 'sharp'
import {flagSrc} from './flag-images'

/** 4:3, sharp enough for the 48 × 36 pt the brief prints it at. */
const PNG_SIZE = {width: 192, height: 144}

/** The flag of a country of the region as PNG, or null for any other code (or when the file cannot be read). */
export async function flagPng(isoCode: string | null | undefined): Promise<Buffer | null> {
  if (!isoCode || !flagSrc(isoCode)) return null
  const svgFile = path.join(process.cwd(), 'node_modules', 'flag-icons', 'flags', '4x3', `${isoCode.toLowerCase()}.svg`)
  try {
    return await sharp(await readFile(svgFile)).resize(PNG_SIZE.width, PNG_SIZE.height).png().toBuffer()
  } catch {
    return null
  }
}
