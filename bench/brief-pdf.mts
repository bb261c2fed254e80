// `npx tsx bench/brief-pdf.mts`: the country brief's PDF tool, measured: pdfkit (chosen) against pdf-lib on the same page (size, time, accents).
import {performance} from 'node:perf_hooks'
import {PDFDocument, StandardFonts, rgb} from 'pdf-lib'
import {extractText, getDocumentProxy} from 'unpdf'
import {countryBriefPdf, type BriefInput} from '../lib/brief/country-brief-pdf'

const ACCENTS = 'Migración laboral: niños, señales, pingüino, ¿dónde?, ¡sí!, Últimas'

const input: BriefInput = {
  language: 'es',
  siteName: 'Noticias de Migración Laboral',
  kicker: 'Ficha de país',
  name: 'República Dominicana',
  region: 'Caribe',
  description: ACCENTS,
  figures: [
    {label: 'Noticias', value: '1000'},
    {label: 'Primera noticia', value: '3 de enero de 2015'},
    {label: 'Noticia más reciente', value: '5 de diciembre de 2026'},
    {label: 'Temas más frecuentes', value: 'Reclutamiento ético, Permisos de trabajo'},
  ],
  chartHeading: 'Noticias por año',
  perYear: Array.from({length: 12}, (_, index) => ({year: 2015 + index, count: 40 + ((index * 37) % 90)})),
  latestHeading: 'Últimas noticias',
  latest: Array.from({length: 8}, (_, index) => ({
    title: `${ACCENTS} — noticia ${index + 1} con un titular bastante largo para ver cómo se corta`,
    date: `${index + 1} de diciembre de 2026`,
    url: `https://example.org/es/news/noticia-${index + 1}`,
  })),
  url: 'https://example.org/es/countries/dominican-republic',
  onlineLabel: 'Esta ficha en línea:',
  produced: 'Elaborada el 5 de diciembre de 2026',
}

/** The same page's text and bars with pdf-lib and its standard fonts (no QR code): the alternative measured. */
async function withPdfLib(): Promise<Uint8Array> {
  const document = await PDFDocument.create()
  const page = document.addPage([595.28, 841.89])
  const regular = await document.embedFont(StandardFonts.Helvetica)
  const bold = await document.embedFont(StandardFonts.HelveticaBold)
  let y = 790
  page.drawText(input.name, {x: 48, y, size: 28, font: bold})
  y -= 30
  page.drawText(input.description ?? '', {x: 48, y, size: 10, font: regular})
  input.perYear.forEach((entry, index) => page.drawRectangle({x: 48 + index * 40, y: 520, width: 28, height: entry.count, color: rgb(0.12, 0.23, 0.54)}))
  y = 480
  for (const item of input.latest) {
    page.drawText(item.date, {x: 48, y, size: 8.5, font: regular})
    page.drawText(item.title.slice(0, 90), {x: 48, y: y - 12, size: 10.5, font: bold})
    y -= 40
  }
  return document.save()
}

async function measure(name: string, make: () => Promise<Uint8Array>) {
  await make()
  const times: number[] = []
  let bytes = new Uint8Array()
  for (let run = 0; run < 10; run += 1) {
    const start = performance.now()
    bytes = await make()
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  const size = bytes.length
  // pdf.js takes the buffer over (it is detached afterwards): the size is read first.
  const {text, totalPages} = await extractText(await getDocumentProxy(bytes), {mergePages: true})
  const accentsIntact = ['Migración', 'niños', 'pingüino', '¿dónde?', '¡sí!', 'Últimas'].every((word) => text.includes(word))
  console.log(`${name}: ${size} bytes, ${totalPages} page(s), median ${times[5]!.toFixed(1)} ms, max ${times[9]!.toFixed(1)} ms, accents intact: ${accentsIntact}`)
}

await measure('pdfkit (chosen)', () => countryBriefPdf(input))
await measure('pdf-lib', withPdfLib)
