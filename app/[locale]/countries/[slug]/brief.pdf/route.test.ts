// The country brief PDF from the bundled dataset, opened with a PDF library (unpdf, on Mozilla's pdf.js) as a reader's viewer would.
import {extractText, getDocumentProxy} from 'unpdf'
import {describe, expect, it} from 'vitest'
import {GET} from '@/app/[locale]/countries/[slug]/brief.pdf/route'
import {getCollection, getCollectionNews} from '@/lib/content/reads/collections'
import {publishedIn} from '@/lib/content/source/fetch-options'

async function brief(locale: 'en' | 'es', slug: string) {
  const response = await GET(new Request(`http://localhost:3000/countries/${slug}/brief.pdf`), {params: Promise.resolve({locale, slug})})
  return response
}

async function pdfText(response: Response) {
  const pdf = await getDocumentProxy(new Uint8Array(await response.arrayBuffer()))
  const {totalPages, text} = await extractText(pdf, {mergePages: true})
  return {totalPages, text: text.replace(/\s+/g, ' ')}
}

describe('the country brief PDF', () => {
  it.each(['en', 'es'] as const)('is one page with the country, its latest headline, figures and address (%s)', async (locale) => {
    const response = await brief(locale, 'mexico')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/pdf')
    const {totalPages, text} = await pdfText(response)
    expect(totalPages).toBe(1)
    const member = await getCollection('country', 'mexico', publishedIn(locale))
    const [latest] = await getCollectionNews(member!._id, 1, 1, publishedIn(locale))
    expect(text).toContain(member!.title!)
    expect(text).toContain(latest!.title!.slice(0, 40))
    expect(text).toContain(locale === 'es' ? 'http://localhost:3000/es/countries/mexico' : 'http://localhost:3000/countries/mexico')
    if (locale === 'es') {
      // Accents and ñ survive: the standard fonts' encoding has every Spanish letter.
      expect(text).toContain('México')
      expect(text).toContain('Últimas noticias')
      expect(text).toContain('FICHA DE PAÍS')
    }
  })

  it('prints the country’s flag beside its name', async () => {
    const bytes = Buffer.from(await (await brief('en', 'mexico')).arrayBuffer()).toString('latin1')
    expect(bytes).toMatch(/\/Subtype \/Image/)
  })

  it('keeps to one page for the country with the most items', async () => {
    for (const slug of ['guatemala', 'el-salvador', 'dominican-republic']) expect((await pdfText(await brief('es', slug))).totalPages, slug).toBe(1)
  })

  it('answers 404 for a country that does not exist', async () => {
    expect((await brief('en', 'atlantis')).status).toBe(404)
  })
})
