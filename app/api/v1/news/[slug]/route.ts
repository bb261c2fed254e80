// GET /api/v1/news/{slug}: one item with its text, as its page shows it, in JSON.
import {problemResponse} from '@/lib/api/problem'
import {preflightResponse} from '@/lib/api/cors'
import {parseLangOnly} from '@/lib/api/news-params'
import {jsonResponse} from '@/lib/api/respond'
import {apiNewsDetail, apiUrl} from '@/lib/api/shapes'
import {CONTACTS_TAG, documentTag, kindTag} from '@/lib/content/cache-tags'
import {publishedIn} from '@/lib/content/source/fetch-options'
import {getNewsItem, getTranslationSlugs} from '@/lib/content/reads/news'
import {orUnavailableResponse} from '@/lib/content/or-unavailable'
import {isSlug} from '@/sanity/slug.mjs'

export async function GET(request: Request, {params}: RouteContext<'/api/v1/news/[slug]'>) {
  const {slug} = await params
  const parsed = parseLangOnly(new URL(request.url).searchParams)
  if (!parsed.ok) return problemResponse(400, 'Invalid parameters', 'Some query parameters cannot be used; see invalid_params.', parsed.problems)
  const lang = parsed.value
  const notFound = () => problemResponse(404, 'Not found', `No item has the slug "${slug.slice(0, 200)}".`)
  if (!isSlug(slug)) return notFound()
  return orUnavailableResponse(async () => {
    const item = await getNewsItem(slug, publishedIn(lang))
    if (!item?.slug) return notFound()
    const translations = await getTranslationSlugs(item._id, publishedIn(lang))
    return jsonResponse(request, {
      body: {data: apiNewsDetail(item, item.slug, lang, translations)},
      tags: [documentTag('news', slug), kindTag('news'), kindTag('country'), kindTag('topic'), CONTACTS_TAG],
      links: {self: apiUrl(`/news/${slug}${lang === 'en' ? '' : `?lang=${lang}`}`), describedby: apiUrl('/openapi.json')},
    })
  })
}

export function OPTIONS() {
  return preflightResponse()
}
