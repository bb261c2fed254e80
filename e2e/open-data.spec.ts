// The stakeholder kit against the production build: the open data API as partners call it, lists as files, the region map and flags.
import {gzipSync} from 'node:zlib'
import AxeBuilder from '@axe-core/playwright'
import {expect, test, type Page} from '@playwright/test'
import {parse} from 'csv-parse/sync'
import Parser from 'rss-parser'
import {extractText, getDocumentProxy} from 'unpdf'
import {contractOf} from './support/openapi-contract'

type NewsList = {data: Array<{url: string; title: string}>; meta: {total: number}}

const pathOf = (url: string) => new URL(url).pathname

async function pageResultPaths(page: Page, address: string): Promise<string[]> {
  const response = await page.goto(address)
  expect(response?.status(), address).toBe(200)
  const hrefs = await page.locator('main article h2 a').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href))
  return hrefs.map(pathOf)
}

test.describe('the open data API', () => {
  test('every endpoint answers as its OpenAPI document says, in both languages', async ({request}) => {
    const documentResponse = await request.get('/api/v1/openapi.json')
    expect(documentResponse.headers()['content-type']).toContain('application/openapi+json')
    const contract = contractOf(await documentResponse.json())
    const list = (await (await request.get('/api/v1/news?per_page=1')).json()) as NewsList
    const slug = pathOf(list.data[0]!.url).split('/').pop()!
    const calls: Array<[string, string]> = [
      ['/news', '/api/v1/news'],
      ['/news', '/api/v1/news?lang=es&q=covid&per_page=2&page=2'],
      ['/news', '/api/v1/news?country=mexico&country=haiti&sort=oldest'],
      ['/news', '/api/v1/news?from=2030-01-01'],
      ['/news', '/api/v1/news?per_page=500'],
      ['/news/{slug}', `/api/v1/news/${slug}`],
      ['/news/{slug}', `/api/v1/news/${slug}?lang=es`],
      ['/news/{slug}', '/api/v1/news/no-such-item'],
      ['/countries', '/api/v1/countries?lang=es'],
      ['/topics', '/api/v1/topics'],
      ['/topics', '/api/v1/topics?page=2'],
    ]
    for (const [path, address] of calls) {
      const response = await request.get(address)
      expect(response.status(), address).toBeLessThan(500)
      expect(contract.check(path, response.status(), response.headers()['content-type'] ?? '', await response.json()), address).toEqual([])
      expect(response.headers()['access-control-allow-origin'], address).toBe('*')
    }
  })

  test('gives what the search page shows, for 20 searches in both languages', async ({page, request}) => {
    const searches = [
      '',
      'q=covid',
      'q=recruitment',
      'q=migr',
      'country=mexico',
      'country=haiti&country=mexico',
      'topic=covid-19',
      'from=2020-01-01&to=2020-06-30',
      'q=migrants&sort=oldest',
      'sort=oldest',
    ]
    for (const locale of ['en', 'es'] as const) {
      for (const search of searches) {
        const onPage = await pageResultPaths(page, `${locale === 'es' ? '/es' : ''}/news${search ? `?${search}` : ''}`)
        const query = [locale === 'es' ? 'lang=es' : '', search].filter(Boolean).join('&')
        const answer = (await (await request.get(`/api/v1/news${query ? `?${query}` : ''}`)).json()) as NewsList
        expect(answer.data.map((item) => pathOf(item.url)), `${locale} ${search}`).toEqual(onPage)
      }
    }
  })

  test('a conditional GET costs a 304, a preflight is allowed, and any origin may read', async ({request}) => {
    const first = await request.get('/api/v1/countries')
    const etag = first.headers()['etag']
    expect(etag).toBeTruthy()
    const again = await request.get('/api/v1/countries', {headers: {'if-none-match': etag!}})
    expect(again.status()).toBe(304)
    expect((await again.body()).length).toBe(0)
    expect(first.headers()['cross-origin-resource-policy']).toBe('cross-origin')
    expect(first.headers()['access-control-expose-headers']).toContain('ETag')
    const preflight = await request.fetch('/api/v1/news', {
      method: 'OPTIONS',
      headers: {origin: 'https://partner.example', 'access-control-request-method': 'GET', 'access-control-request-headers': 'if-none-match'},
    })
    expect(preflight.status()).toBe(204)
    expect(preflight.headers()['access-control-allow-origin']).toBe('*')
    expect(preflight.headers()['access-control-allow-headers']?.toLowerCase()).toContain('if-none-match')
  })

  test('paginates with Link headers that lead through every item', async ({request}) => {
    const total = ((await (await request.get('/api/v1/news')).json()) as NewsList).meta.total
    const seen: string[] = []
    let next: string | undefined = '/api/v1/news?per_page=3'
    while (next) {
      const response = await request.get(next)
      const body = (await response.json()) as NewsList
      seen.push(...body.data.map((item) => item.url))
      const link = /<([^>]+)>; rel="next"/.exec(response.headers()['link'] ?? '')
      next = link ? new URL(link[1]!).pathname + new URL(link[1]!).search : undefined
    }
    expect(seen).toHaveLength(total)
    expect(new Set(seen).size).toBe(total)
  })

  test('bad calls are 400 problems that name the parameter, never a 500', async ({request}) => {
    for (const query of ['lang=fr', 'page=0', 'per_page=101', 'from=2020-02-30', 'sort=popular', 'country=atlantis', 'topic=Covid_19', 'to=2020-1-1', 'limit=5', 'page=99']) {
      const response = await request.get(`/api/v1/news?${query}`)
      expect(response.status(), query).toBe(400)
      expect(response.headers()['content-type'], query).toBe('application/problem+json; charset=utf-8')
      const problem = (await response.json()) as {status: number; invalid_params: Array<{name: string}>}
      expect(problem.status).toBe(400)
      expect(problem.invalid_params.length, query).toBeGreaterThan(0)
    }
  })
})

test.describe('the /data page', () => {
  for (const locale of ['en', 'es'] as const) {
    test(`explains the API with curl examples that work (${locale})`, async ({page, request}) => {
      await page.goto(locale === 'es' ? '/es/data' : '/data')
      await expect(page.getByRole('heading', {level: 1})).toHaveText(locale === 'es' ? 'Datos abiertos' : 'Open data')
      const commands = await page.locator('pre code').allInnerTexts()
      expect(commands.length).toBeGreaterThanOrEqual(5)
      const search = /curl '([^']+)'/.exec(commands[0]!)![1]!
      const answer = await request.get(pathOf(search) + new URL(search).search)
      expect(answer.status()).toBe(200)
      expect(((await answer.json()) as NewsList & {meta: {language: string}}).meta.language).toBe(locale)
      expect((await new AxeBuilder({page}).analyze()).violations).toEqual([])
    })
  }
})

test.describe('lists as files', () => {
  test('a search as CSV, Atom and JSON Feed: the page\'s items, read back by real parsers, accents intact', async ({page, request}) => {
    const onPage = await pageResultPaths(page, '/es/news?q=covid')
    await expect(page.getByRole('link', {name: 'CSV (hoja de cálculo)'})).toHaveAttribute('href', '/es/news/feed.csv?q=covid')
    const csvResponse = await request.get('/es/news/feed.csv?q=covid')
    expect(csvResponse.headers()['content-type']).toBe('text/csv; charset=utf-8; header=present')
    const bytes = await csvResponse.body()
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const rows = parse(bytes.toString('utf8'), {bom: true, columns: true}) as Array<{url: string; countries: string}>
    expect(rows.map((row) => pathOf(row.url))).toEqual(onPage)
    expect(rows.map((row) => row.countries).join(' ')).toMatch(/México|Haití|República Dominicana/)

    const newest = await pageResultPaths(page, '/es/news?q=covid&sort=newest')
    const atom = await new Parser().parseString(await (await request.get('/es/news/feed.atom?q=covid')).text())
    expect(atom.items.map((item) => pathOf(item.link!))).toEqual(newest)
    const json = (await (await request.get('/es/news/feed.json?q=covid')).json()) as {version: string; language: string; items: Array<{url: string}>}
    expect(json.version).toBe('https://jsonfeed.org/version/1.1')
    expect(json.language).toBe('es')
    expect(json.items.map((item) => pathOf(item.url))).toEqual(newest)
  })

  test('a country page links its files beside its RSS link, and each answers', async ({page, request}) => {
    await page.goto('/countries/mexico')
    for (const [name, type] of [
      ['Atom', 'application/atom+xml'],
      ['JSON Feed', 'application/feed+json'],
      ['CSV (spreadsheet)', 'text/csv'],
    ] as const) {
      const href = await page.getByRole('link', {name, exact: true}).getAttribute('href')
      const response = await request.get(href!)
      expect(response.status(), name).toBe(200)
      expect(response.headers()['content-type'], name).toContain(type)
    }
    await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveCount(1)
  })
})

test.describe('the region map and flags', () => {
  test.use({javaScriptEnabled: false})

  test('every country is a link with its count in the server HTML, islands are markers, the map is light', async ({page, request}) => {
    const countries = ((await (await request.get('/api/v1/countries')).json()) as {data: Array<{slug: string; name: string; count: number}>}).data
    const html = await (await request.get('/countries')).text()
    const figure = /<figure class="region-map[\s\S]*?<\/figure>/.exec(html)?.[0] ?? ''
    expect(gzipSync(figure).length).toBeLessThan(40_000)
    await page.goto('/countries')
    const map = page.getByRole('figure').filter({has: page.locator('svg')}).first()
    for (const country of countries) {
      const count = country.count === 0 ? 'no news yet' : `${country.count} item${country.count === 1 ? '' : 's'}`
      await expect(map.getByRole('link', {name: `${country.name}: ${count}`, exact: true}), country.slug).toHaveAttribute('href', `/countries/${country.slug}`)
    }
    for (const island of ['barbados', 'saint-lucia', 'saint-kitts-and-nevis', 'antigua-and-barbuda']) {
      await expect(page.locator(`svg a[data-marker="${island}"] circle`), island).toHaveCount(1)
    }
    await expect(page.getByText(/do not imply official endorsement or acceptance/)).toBeVisible()
  })

  test('in Spanish: names, disclaimer, and a locator on a country page', async ({page}) => {
    await page.goto('/es/countries')
    await expect(page.locator('svg a[aria-label^="México: "]')).toHaveCount(1)
    await expect(page.getByText(/no implican su aprobación o aceptación oficial/)).toBeVisible()
    await page.goto('/es/countries/mexico')
    await expect(page.getByRole('img', {name: 'México en el mapa de América del Norte, Centroamérica y el Caribe'})).toBeVisible()
  })

  test('flags are decorative images (Mexico’s coat of arms as a small WebP), only those the page shows', async ({page, request}) => {
    await page.goto('/es/countries/mexico')
    const flags = page.locator('main img[src*="/_next/static/media/"]')
    await expect(flags).toHaveCount(1)
    await expect(flags).toHaveAttribute('alt', '')
    const response = await request.get((await flags.getAttribute('src'))!)
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toContain('image/webp')
    expect((await response.body()).length).toBeLessThan(4096)
    await page.goto('/countries')
    expect(await page.locator('main img[src*="/_next/static/media/"]').count()).toBe(
      ((await (await request.get('/api/v1/countries')).json()) as {data: unknown[]}).data.length,
    )
  })
})

test('axe finds nothing on the map, a country page with its locator and flag, in both languages', async ({page}) => {
  for (const address of ['/countries', '/es/countries', '/countries/barbados', '/es/countries/mexico']) {
    await page.goto(address)
    const {violations} = await new AxeBuilder({page}).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze()
    expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`), address).toEqual([])
  }
})

test.describe('the country brief', () => {
  test('the page links its PDF, which opens as one page with the name, latest headline and accents (Spanish)', async ({page, request}) => {
    await page.goto('/es/countries/mexico')
    const href = await page.getByRole('link', {name: 'Descargar la ficha del país (PDF)'}).getAttribute('href')
    expect(href).toBe('/es/countries/mexico/brief.pdf')
    const latest = (await page.locator('.brief-items article h3').first().innerText()).trim()
    const response = await request.get(href!)
    expect(response.headers()['content-type']).toBe('application/pdf')
    const pdf = await getDocumentProxy(new Uint8Array(await response.body()))
    const {totalPages, text} = await extractText(pdf, {mergePages: true})
    expect(totalPages).toBe(1)
    const flat = text.replace(/\s+/g, ' ')
    expect(flat).toContain('México')
    expect(flat).toContain(latest.slice(0, 30))
    expect(flat).toContain('Últimas noticias')
  })

  test('printed on A4, a country page is a one-page brief with its address as a QR code', async ({page}, testInfo) => {
    await page.setViewportSize({width: 794, height: 1123})
    await page.goto('/countries/guatemala')
    await page.emulateMedia({media: 'print'})
    await expect(page.locator('header').first()).toBeHidden()
    await expect(page.locator('.print-stamp svg')).toBeVisible()
    await expect(page.locator('.print-stamp')).toContainText('Printed from http://localhost:3000/countries/guatemala')
    await expect(page.getByRole('heading', {level: 1})).toHaveText('Guatemala')
    await expect(page.locator('main img[src*="/_next/static/media/"]').first()).toBeVisible()
    expect(await page.locator('.brief-items > article:visible').count()).toBeLessThanOrEqual(4)
    await testInfo.attach('country-brief-print-a4.png', {body: await page.screenshot({fullPage: true}), contentType: 'image/png'})
    const printed = await getDocumentProxy(new Uint8Array(await page.pdf({format: 'A4', printBackground: true})))
    expect(printed.numPages).toBe(1)
  })
})

test.describe('search engines', () => {
  test('NewsArticle names the publisher with a logo Google can read, and robots.txt lists the news sitemap', async ({page, request}) => {
    const list = (await (await request.get('/api/v1/news?per_page=1')).json()) as NewsList
    await page.goto(pathOf(list.data[0]!.url))
    const scripts = await page.locator('script[type="application/ld+json"]').allTextContents()
    const data = scripts.map((text) => JSON.parse(text) as {'@type': string; publisher?: {logo?: {url: string; width: number; height: number}}}).find((entry) => entry['@type'] === 'NewsArticle')!
    expect(data.publisher?.logo).toMatchObject({width: 600, height: 60})
    const logo = await request.get(pathOf(data.publisher!.logo!.url))
    expect(logo.headers()['content-type']).toBe('image/png')
    expect(await (await request.get('/robots.txt')).text()).toContain('Sitemap: http://localhost:3000/news-sitemap.xml')
    const sitemap = await request.get('/news-sitemap.xml')
    expect(sitemap.status()).toBe(200)
    expect(await sitemap.text()).toContain('xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"')
  })
})
