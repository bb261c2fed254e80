// The open data API's route handlers on the bundled dataset: every answer matches the OpenAPI document, bad calls are 400 problems.
import {Validator} from '@seriousme/openapi-schema-validator'
import {describe, expect, it} from 'vitest'
import {contractOf} from '@/e2e/support/openapi-contract'
import {GET as getCountries, OPTIONS as countriesOptions} from './countries/route'
import {GET as getNewsItem} from './news/[slug]/route'
import {GET as getNews} from './news/route'
import {GET as getOpenApi} from './openapi.json/route'
import {GET as getTopics} from './topics/route'

const ORIGIN = 'http://localhost:3000'

const call = (handler: (request: Request) => Promise<Response>, path: string, headers: Record<string, string> = {}) =>
  handler(new Request(`${ORIGIN}/api/v1${path}`, {headers}))

const callItem = (slug: string, query = '', headers: Record<string, string> = {}) =>
  getNewsItem(new Request(`${ORIGIN}/api/v1/news/${slug}${query}`, {headers}), {params: Promise.resolve({slug})})

async function openApi() {
  return (await (await call(getOpenApi, '/openapi.json')).json()) as Parameters<typeof contractOf>[0]
}

async function expectContract(path: string, response: Response) {
  const contract = contractOf(await openApi())
  const body: unknown = await response.clone().json()
  expect(contract.check(path, response.status, response.headers.get('content-type') ?? '', body), `${path} ${response.status}`).toEqual([])
  return body
}

describe('the OpenAPI document', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const validator = new Validator()
    const result = await validator.validate(await openApi())
    expect(result.errors ?? []).toEqual([])
    expect(result.valid).toBe(true)
    expect(validator.version).toBe('3.1')
  })
})

describe('every endpoint answers as the document says', () => {
  it('/news, in both languages, with filters and a second page', async () => {
    for (const query of ['', '?lang=es', '?q=recruitment', '?country=mexico&per_page=2', '?per_page=3&page=2&sort=oldest', '?topic=covid-19&lang=es']) {
      const response = await call(getNews, `/news${query}`)
      expect(response.status, query).toBe(200)
      const body = (await expectContract('/news', response)) as {data: unknown[]; meta: {total: number}}
      expect(body.data.length, query).toBeGreaterThan(0)
      expect(response.headers.get('x-total-count')).toBe(String(body.meta.total))
    }
  })

  it('/news/{slug}, /countries and /topics', async () => {
    const list = (await (await call(getNews, '/news?per_page=1')).json()) as {data: Array<{slug: string}>}
    const slug = list.data[0]!.slug
    for (const query of ['', '?lang=es']) {
      await expectContract('/news/{slug}', await callItem(slug, query))
      await expectContract('/countries', await call(getCountries, `/countries${query}`))
      await expectContract('/topics', await call(getTopics, `/topics${query}`))
    }
    const missing = await callItem('no-such-item')
    expect(missing.status).toBe(404)
    expect(missing.headers.get('content-type')).toContain('application/problem+json')
    await expectContract('/news/{slug}', missing)
  })
})

describe('pagination', () => {
  it('links first, prev, next and last, in the body and the Link header, with absolute addresses', async () => {
    const response = await call(getNews, '/news?per_page=3&page=2')
    const body = (await response.json()) as {meta: {pages: number; page: number}; links: Record<string, string>}
    expect(body.meta.page).toBe(2)
    expect(body.links.prev).toBe(`${ORIGIN}/api/v1/news?per_page=3`)
    expect(body.links.next).toBe(`${ORIGIN}/api/v1/news?page=3&per_page=3`)
    expect(body.links.last).toBe(`${ORIGIN}/api/v1/news?page=${body.meta.pages}&per_page=3`)
    const link = response.headers.get('link') ?? ''
    expect(link).toContain(`<${ORIGIN}/api/v1/news?page=3&per_page=3>; rel="next"`)
    expect(link).toContain(`<${ORIGIN}/api/v1/news?per_page=3>; rel="prev"`)
    expect(link).toContain('rel="describedby"')
  })

  it('walks every item once, page by page', async () => {
    const all = (await (await call(getNews, '/news?per_page=100')).json()) as {data: Array<{id: string}>}
    const walked: string[] = []
    let next: string | undefined = `${ORIGIN}/api/v1/news?per_page=4`
    while (next) {
      const body = (await (await getNews(new Request(next))).json()) as {data: Array<{id: string}>; links: {next?: string}}
      walked.push(...body.data.map((item) => item.id))
      next = body.links.next
    }
    expect(walked).toEqual(all.data.map((item) => item.id))
  })
})

describe('caching and CORS', () => {
  it('answers 304 to a matching If-None-Match, and 200 to a stale one', async () => {
    const first = await call(getCountries, '/countries')
    const etag = first.headers.get('etag')
    expect(etag).toMatch(/^W\/"/)
    const again = await call(getCountries, '/countries', {'if-none-match': etag!})
    expect(again.status).toBe(304)
    expect(await again.text()).toBe('')
    expect((await call(getCountries, '/countries', {'if-none-match': 'W/"old"'})).status).toBe(200)
  })

  it('carries the content tags the webhook purges, and a shared-cache lifetime', async () => {
    const response = await call(getNews, '/news')
    expect(response.headers.get('x-cache-tags')?.split(' ').sort()).toEqual(['all:country', 'all:news', 'all:topic'])
    expect(response.headers.get('cache-control')).toContain('s-maxage=60')
  })

  it('lets any origin read with GET', async () => {
    const response = await call(getTopics, '/topics')
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
    expect(response.headers.get('access-control-expose-headers')).toContain('Link')
    const preflight = countriesOptions()
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-methods')).toContain('GET')
  })
})

/** Twenty calls a partner could get wrong, each with the parameter the answer must name. */
const MALFORMED: Array<[string, string]> = [
  ['?lang=fr', 'lang'],
  ['?lang=en&lang=es', 'lang'],
  ['?page=0', 'page'],
  ['?page=-1', 'page'],
  ['?page=abc', 'page'],
  ['?page=1.5', 'page'],
  ['?page=999999999', 'page'],
  ['?page=500', 'page'],
  ['?per_page=0', 'per_page'],
  ['?per_page=101', 'per_page'],
  ['?per_page=ten', 'per_page'],
  ['?from=2020-13-01', 'from'],
  ['?from=yesterday', 'from'],
  ['?to=2020-02-30', 'to'],
  ['?from=2021-01-01&to=2020-01-01', 'to'],
  ['?sort=popular', 'sort'],
  ['?sort=relevance', 'sort'],
  ['?country=M%C3%A9xico', 'country'],
  ['?country=atlantis', 'country'],
  ['?topic=no-such-topic', 'topic'],
  ['?q=' + 'a'.repeat(201), 'q'],
  ['?q=a%00b', 'q'],
  ['?limit=10', 'limit'],
  ['?q=one&q=two', 'q'],
]

describe('malformed parameters', () => {
  it.each(MALFORMED)('%s is a 400 problem naming %s', async (query, name) => {
    const response = await call(getNews, `/news${query}`)
    expect(response.status).toBe(400)
    expect(response.headers.get('content-type')).toBe('application/problem+json; charset=utf-8')
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
    const body = (await expectContract('/news', response)) as {invalid_params: Array<{name: string}>}
    expect(body.invalid_params.map((param) => param.name)).toContain(name)
  })

  it('refuses unknown parameters on the other endpoints too', async () => {
    for (const [handler, path] of [[getCountries, '/countries'], [getTopics, '/topics']] as const) {
      const response = await call(handler, `${path}?lang=de&page=2`)
      expect(response.status).toBe(400)
      const body = (await expectContract(path, response)) as {invalid_params: Array<{name: string}>}
      expect(body.invalid_params.map((param) => param.name).sort()).toEqual(['lang', 'page'])
    }
    expect((await callItem('anything', '?format=xml')).status).toBe(400)
  })
})
