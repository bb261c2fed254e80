// Readers in Spanish: every page type under /es in Spanish (language, navigation, dates), the language switch keeps
// the page, hreflang pairs point at each other, search and 404s work in Spanish, and untranslated items are shown
// as published with a note. Today's English addresses answer as before.
import {expect, test, type APIRequestContext} from '@playwright/test'

const ITEM = 'guatemala-raises-awareness-about-recruitment-scams'

const SPANISH_PAGES = [
  ['inicio', '/es', 'Noticias de migración laboral'],
  ['noticias', '/es/news', 'Noticias'],
  ['noticia', `/es/news/${ITEM}`, 'Guatemala raises awareness about recruitment scams'],
  ['países', '/es/countries', 'Países'],
  ['país', '/es/countries/guatemala', 'Guatemala'],
  ['temas', '/es/topics', 'Temas'],
  ['tema', '/es/topics/covid-19', 'COVID-19'],
] as const

for (const [name, path, heading] of SPANISH_PAGES) {
  test(`${name} (${path}) answers in Spanish: <html lang="es">, Spanish navigation and dates`, async ({page}) => {
    const response = await page.goto(path)
    expect(response?.status()).toBe(200)
    await expect(page.locator('html')).toHaveAttribute('lang', 'es')
    await expect(page.getByRole('heading', {level: 1})).toHaveText(heading)
    const nav = page.getByRole('navigation', {name: 'Principal'})
    await expect(nav.getByRole('link')).toHaveText(['Inicio', 'Noticias', 'Países', 'Temas'])
    await expect(nav.getByRole('link', {name: 'Noticias'})).toHaveAttribute('href', '/es/news')
    await expect(page.getByRole('link', {name: 'Saltar al contenido principal'})).toHaveCount(1)
    const dates = await page.locator('main time').allTextContents()
    if (path !== '/es/countries' && path !== '/es/topics') expect(dates.length).toBeGreaterThan(0)
    for (const date of dates)
      expect(date).toMatch(/^\d{1,2} de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre) de \d{4}$/)
  })
}

test('countries and topics carry their standard Spanish names on Spanish pages, with English addresses', async ({page}) => {
  await page.goto('/es/countries')
  await expect(page.getByRole('heading', {level: 2, name: 'América Central'})).toBeVisible()
  await expect(page.getByRole('link', {name: 'República Dominicana', exact: true})).toHaveAttribute('href', '/es/countries/dominican-republic')
  await page.goto('/es/countries/mexico')
  await expect(page.getByRole('heading', {level: 1})).toHaveText('México')
  await expect(page.getByText('América del Norte', {exact: true})).toBeVisible()
  await page.goto('/es/topics/ethical-recruitment')
  await expect(page.getByRole('heading', {level: 1})).toHaveText('Contratación ética')
  await expect(page.getByText('Contratación justa de personas trabajadoras migrantes')).toBeVisible()
  await page.goto(`/es/news/${ITEM}`)
  await expect(page.getByRole('link', {name: 'Estafas en la contratación'})).toHaveAttribute('href', '/es/topics/recruitment-scams')
  await page.goto('/es/news?country=haiti')
  await expect(page.getByRole('checkbox', {name: /Haití/})).toBeChecked()
  // English pages keep the English names.
  await page.goto('/countries/mexico')
  await expect(page.getByRole('heading', {level: 1})).toHaveText('Mexico')
})

test('an item not yet translated is shown as published, marked as English, with a note in Spanish', async ({page}) => {
  await page.goto(`/es/news/${ITEM}`)
  await expect(page.getByText('Esta noticia aún no está traducida al español')).toBeVisible()
  await expect(page.getByRole('heading', {level: 1})).toHaveAttribute('lang', 'en')
  await expect(page.getByText('Publicado el 11 de diciembre de 2019')).toBeVisible()
  // In English nothing is marked: the item is in the page's language.
  await page.goto(`/news/${ITEM}`)
  await expect(page.getByRole('heading', {level: 1})).not.toHaveAttribute('lang', /.+/)
  await expect(page.getByText('has not been translated')).toHaveCount(0)
})

test('the language switch lands on the same page in the other language, search words and filters kept', async ({page}) => {
  await page.goto(`/news/${ITEM}`)
  await page.getByRole('link', {name: 'Leer en español'}).click()
  await expect(page).toHaveURL(`/es/news/${ITEM}`)
  await expect(page.locator('html')).toHaveAttribute('lang', 'es')
  await page.getByRole('link', {name: 'Read in English'}).click()
  await expect(page).toHaveURL(`/news/${ITEM}`)
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')

  await page.goto('/news?q=permits&country=mexico')
  await page.getByRole('link', {name: 'Leer en español'}).click()
  await expect(page).toHaveURL('/es/news?q=permits&country=mexico')
  await expect(page.getByRole('status').first()).toContainText('resultado')
})

test('without JavaScript the switch still names the same page, and Spanish search works', async ({browser}) => {
  const context = await browser.newContext({javaScriptEnabled: false})
  const page = await context.newPage()
  await page.goto('/es/countries/guatemala')
  await expect(page.getByRole('link', {name: 'Read in English'})).toHaveAttribute('href', '/countries/guatemala')
  await page.goto('/es/news')
  await page.getByRole('searchbox', {name: 'Buscar noticias'}).fill('permisos de trabajo')
  await page.getByRole('button', {name: 'Buscar', exact: true}).click()
  await expect(page).toHaveURL(/\/es\/news\?q=permisos\+de\+trabajo/)
  await expect(page.locator('html')).toHaveAttribute('lang', 'es')
  await expect(page.getByRole('heading', {level: 1})).toHaveText('Noticias')
  await expect(page.getByText(/\d+ resultados? para «permisos de trabajo»/)).toBeVisible()
  await context.close()
})

async function alternates(request: APIRequestContext, path: string) {
  const html = await (await request.get(path)).text()
  return Object.fromEntries([...html.matchAll(/<link rel="alternate" hrefLang="([^"]+)" href="([^"]+)"\/>/g)].map((match) => [match[1], match[2]]))
}

test('hreflang alternates of each page and its Spanish counterpart point at each other, English as x-default', async ({request}) => {
  for (const path of [`/news/${ITEM}`, '/countries/guatemala', '/topics', '/']) {
    const english = await alternates(request, path)
    const spanish = await alternates(request, path === '/' ? '/es' : `/es${path}`)
    expect(english, path).toEqual(spanish)
    expect(new URL(english.es!).pathname).toBe(path === '/' ? '/es' : `/es${path}`)
    expect(new URL(english.en!).pathname).toBe(path)
    expect(english['x-default']).toBe(english.en)
  }
  const sitemap = await (await request.get('/sitemap.xml')).text()
  expect(sitemap).toContain('<loc>http://localhost:3000/es/countries/guatemala</loc>')
  expect(sitemap).toMatch(
    /<loc>http:\/\/localhost:3000\/countries\/guatemala<\/loc>\s*<xhtml:link rel="alternate" hreflang="en" href="http:\/\/localhost:3000\/countries\/guatemala" \/>\s*<xhtml:link rel="alternate" hreflang="es" href="http:\/\/localhost:3000\/es\/countries\/guatemala" \/>/,
  )
})

test('feeds, share metadata and structured data in Spanish', async ({request}) => {
  const feed = await (await request.get('/es/countries/guatemala/feed.xml')).text()
  expect(feed).toContain('<language>es</language>')
  expect(feed).toContain('<title>Noticias sobre Guatemala</title>')
  expect(feed).toContain(`<link>http://localhost:3000/es/news/${ITEM}</link>`)
  const html = await (await request.get(`/es/news/${ITEM}`)).text()
  expect(html).toContain('<meta property="og:locale" content="es_LA"/>')
  expect(html).toContain('<meta property="og:site_name" content="Noticias de Migración Laboral"/>')
  expect(html).toContain(`<meta property="og:image" content="http://localhost:3000/es/news/${ITEM}/og-image"/>`)
  const article = JSON.parse(
    /<script type="application\/ld\+json">(\{"@context":"https:\/\/schema.org","@type":"NewsArticle".*?)<\/script>/.exec(html)![1]!,
  )
  expect(article).toMatchObject({inLanguage: 'en', url: `http://localhost:3000/es/news/${ITEM}`})
  const image = await request.get(`/es/news/${ITEM}/og-image`)
  expect(image.headers()['content-type']).toBe('image/png')
})

test('unknown Spanish addresses get the 404 page in Spanish', async ({page}) => {
  for (const path of ['/es/no-such-page', '/es/news/no-such-story', '/es/countries/atlantis']) {
    const response = await page.goto(path)
    expect(response?.status(), path).toBe(404)
    await expect(page.locator('html')).toHaveAttribute('lang', 'es')
    await expect(page.getByRole('heading', {level: 1})).toHaveText('Página no encontrada')
    await expect(page.getByRole('link', {name: 'Ver todas las noticias'})).toHaveAttribute('href', '/es/news')
  }
})

test("today's English addresses answer as before: same status, English, no redirect to a prefixed address", async ({request}) => {
  const pages = ['/', '/news', `/news/${ITEM}`, '/countries', '/countries/guatemala', '/topics', '/topics/covid-19', '/news?q=permits']
  for (const path of pages) {
    const response = await request.get(path, {maxRedirects: 0})
    expect(response.status(), path).toBe(200)
    expect(await response.text(), path).toMatch(/^<!DOCTYPE html><html lang="en">/)
  }
  for (const path of ['/feed.xml', '/countries/guatemala/feed.xml', '/topics/covid-19/feed.xml', '/news/feed.xml?q=permits']) {
    const response = await request.get(path, {maxRedirects: 0})
    expect(response.status(), path).toBe(200)
    expect(await response.text(), path).toContain('<language>en</language>')
  }
  for (const path of [`/news/${ITEM}/og-image`, '/countries/guatemala/og-image', '/sitemap.xml', '/robots.txt', '/studio']) {
    expect((await request.get(path, {maxRedirects: 0})).status(), path).toBe(200)
  }
  expect((await request.get('/no/such/page', {maxRedirects: 0})).status()).toBe(404)
  expect((await request.get('/content-unavailable', {maxRedirects: 0})).status()).toBe(503)
  // The language's own prefix is not a second address: it leads back to the one address.
  const prefixed = await request.get(`/en/news/${ITEM}`, {maxRedirects: 0})
  expect(prefixed.status()).toBe(308)
  expect(prefixed.headers()['location']).toBe(`/news/${ITEM}`)
})

test('a Spanish search finds the English items of a topic by its Spanish name', async ({page}) => {
  // Result cards title their item with an h2 on /news and an h3 under the topic page's own headings.
  const titles = () => page.locator('main article').locator('h2, h3').allInnerTexts()
  for (const [q, topic] of [
    ['trabajadores', 'migrant-workers-rights'],
    ['reclutamiento ético', 'ethical-recruitment'],
    ['permisos de trabajo', 'work-permits'],
  ] as const) {
    await page.goto(`/es/topics/${topic}`)
    const ofTopic = await titles()
    expect(ofTopic.length, topic).toBeGreaterThan(0)
    await page.goto(`/es/news?q=${encodeURIComponent(q)}`)
    await expect(page.getByText(new RegExp(`\\d+ resultados? para «${q}»`))).toBeVisible()
    expect(await titles(), q).toEqual(expect.arrayContaining(ofTopic))
  }
})
