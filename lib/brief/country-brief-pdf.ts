// A country's one-page brief as PDF, drawn with pdfkit (standard fonts, vector chart and QR code): see docs/open-data.md for why pdfkit.
import PDFDocument from 'pdfkit'
import QRCode from 'qrcode'

export type BriefItem = {title: string; date: string; url: string}

export type BriefInput = {
  language: 'en' | 'es'
  siteName: string
  /** "Country brief", "Ficha de país". */
  kicker: string
  name: string
  /** The country's flag as PNG, printed beside its name (decorative: the name says the country). */
  flag?: Buffer | null
  region: string | null
  description: string | null
  figures: Array<{label: string; value: string}>
  chartHeading: string
  perYear: Array<{year: number; count: number}>
  latestHeading: string
  latest: BriefItem[]
  /** The country page's absolute address, printed and as a QR code. */
  url: string
  onlineLabel: string
  /** "Produced 5 December 2026". */
  produced: string
}

const A4 = {width: 595.28, height: 841.89}
const MARGIN = 48
const INK = '#0f172a'
const MUTED = '#475569'
const ACCENT = '#1e3a8a'
/** At most this many latest items: with the rest of the brief, they fit one page whatever their headlines' length. */
export const BRIEF_ITEMS = 8

/** Draws the QR code of `text` as vector squares (no image), `size` points wide, its top left at (x, y). */
function drawQrCode(doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number) {
  const {modules} = QRCode.create(text, {errorCorrectionLevel: 'M'})
  const cell = size / modules.size
  doc.save().fillColor('#000000')
  for (let row = 0; row < modules.size; row += 1) {
    for (let column = 0; column < modules.size; column += 1) {
      if (modules.get(row, column)) doc.rect(x + column * cell, y + row * cell, cell, cell)
    }
  }
  doc.fill().restore()
}

function drawChart(doc: PDFKit.PDFDocument, perYear: BriefInput['perYear'], x: number, y: number, width: number, height: number) {
  const years = perYear.slice(-14)
  if (years.length === 0) return
  const max = Math.max(1, ...years.map((entry) => entry.count))
  const slot = width / years.length
  const barWidth = Math.min(28, slot * 0.7)
  years.forEach((entry, index) => {
    const barHeight = ((height - 24) * entry.count) / max
    const left = x + index * slot + (slot - barWidth) / 2
    const top = y + height - 12 - barHeight
    doc.rect(left, top, barWidth, barHeight).fill(ACCENT)
    doc.fillColor(INK).fontSize(8).text(String(entry.count), left - 6, top - 10, {width: barWidth + 12, align: 'center', lineBreak: false})
    doc.fillColor(MUTED).fontSize(8).text(String(entry.year), left - 8, y + height - 9, {width: barWidth + 16, align: 'center', lineBreak: false})
  })
  doc.moveTo(x, y + height - 12).lineTo(x + width, y + height - 12).lineWidth(0.5).stroke(MUTED)
}

/** The brief as PDF bytes: one A4 page (texts are cut with an ellipsis rather than flowing onto a second page). */
export async function countryBriefPdf(input: BriefInput): Promise<Uint8Array> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    lang: input.language,
    displayTitle: true,
    info: {Title: `${input.kicker}: ${input.name}`, Author: input.siteName, Subject: input.url},
  })
  const chunks: Buffer[] = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()))
  const width = A4.width - 2 * MARGIN

  doc.font('Helvetica').fontSize(9).fillColor(MUTED).text(input.siteName, MARGIN, MARGIN, {width: width / 2, lineBreak: false})
  doc.text(input.produced, MARGIN + width / 2, MARGIN, {width: width / 2, align: 'right', lineBreak: false})
  doc.font('Helvetica-Bold').fontSize(11).fillColor(ACCENT).text(input.kicker.toUpperCase(), MARGIN, MARGIN + 24, {characterSpacing: 1})
  const flagWidth = input.flag ? 48 : 0
  if (input.flag) doc.image(input.flag, MARGIN + width - flagWidth, MARGIN + 24, {width: flagWidth, height: 36})
  doc.font('Helvetica-Bold').fontSize(28).fillColor(INK).text(input.name, MARGIN, doc.y, {width: width - flagWidth - (input.flag ? 12 : 0), height: 36, ellipsis: true})
  if (input.region) doc.font('Helvetica').fontSize(12).fillColor(MUTED).text(input.region, {width})
  if (input.description) doc.moveDown(0.3).font('Helvetica').fontSize(10).fillColor(INK).text(input.description, {width, height: 42, ellipsis: true})

  let y = doc.y + 14
  const boxWidth = (width - 12 * (input.figures.length - 1)) / Math.max(1, input.figures.length)
  input.figures.forEach((figure, index) => {
    const left = MARGIN + index * (boxWidth + 12)
    doc.roundedRect(left, y, boxWidth, 54, 4).lineWidth(0.75).stroke('#cbd5e1')
    doc.font('Helvetica').fontSize(8.5).fillColor(MUTED).text(figure.label, left + 8, y + 8, {width: boxWidth - 16, lineBreak: false, ellipsis: true})
    doc.font('Helvetica-Bold').fontSize(14).fillColor(INK).text(figure.value, left + 8, y + 24, {width: boxWidth - 16, height: 26, ellipsis: true})
  })
  y += 70

  doc.font('Helvetica-Bold').fontSize(12).fillColor(INK).text(input.chartHeading, MARGIN, y)
  drawChart(doc, input.perYear, MARGIN, y + 20, width, 110)
  y += 146

  doc.font('Helvetica-Bold').fontSize(12).fillColor(INK).text(input.latestHeading, MARGIN, y)
  y += 20
  const footerTop = A4.height - MARGIN - 84
  for (const item of input.latest.slice(0, BRIEF_ITEMS)) {
    if (y > footerTop - 40) break
    doc.font('Helvetica').fontSize(8.5).fillColor(MUTED).text(item.date, MARGIN, y, {width, lineBreak: false})
    doc.font('Helvetica-Bold').fontSize(10.5).fillColor(INK).text(item.title, MARGIN, y + 11, {width, height: 26, ellipsis: true})
    const after = Math.min(doc.y, y + 37)
    doc.font('Helvetica').fontSize(8).fillColor(ACCENT).text(item.url, MARGIN, after, {width, lineBreak: false, ellipsis: true, link: item.url})
    y = after + 16
  }

  doc.moveTo(MARGIN, footerTop - 8).lineTo(MARGIN + width, footerTop - 8).lineWidth(0.5).stroke('#cbd5e1')
  drawQrCode(doc, input.url, MARGIN + width - 76, footerTop, 76)
  doc.font('Helvetica-Bold').fontSize(9).fillColor(INK).text(input.onlineLabel, MARGIN, footerTop + 8, {width: width - 96})
  doc.font('Helvetica').fontSize(9).fillColor(ACCENT).text(input.url, MARGIN, footerTop + 22, {width: width - 96, link: input.url, height: 40, ellipsis: true})
  doc.end()
  await done
  return new Uint8Array(Buffer.concat(chunks))
}
