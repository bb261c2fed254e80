// /countries/{slug}/brief.pdf (and /es/…): the country's one-page brief as PDF, drawn on the server and cached under its tags.
import {collectionSlugParams} from '@/app/[locale]/_collection/collection-page'
import {countryBrief} from '@/lib/brief/country-brief'
import {orUnavailableResponse} from '@/lib/content/or-unavailable'
import {asLocale} from '@/lib/i18n/routing'

export async function generateStaticParams() {
  return collectionSlugParams('country')
}

export async function GET(_request: Request, {params}: RouteContext<'/[locale]/countries/[slug]/brief.pdf'>) {
  const {locale, slug} = await params
  return orUnavailableResponse(async () => {
    const pdf = await countryBrief(slug, asLocale(locale))
    if (!pdf) return new Response('Not found', {status: 404, headers: {'content-type': 'text/plain; charset=utf-8'}})
    return new Response(Buffer.from(pdf), {
      headers: {
        'content-type': 'application/pdf',
        'content-disposition': `inline; filename="${slug}-brief${locale === 'es' ? '-es' : ''}.pdf"`,
        'cache-control': 'public, max-age=0, s-maxage=60, stale-while-revalidate=600',
      },
    })
  })
}
