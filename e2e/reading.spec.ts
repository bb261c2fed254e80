// A reader goes from the home page to a story, on to a country named in it and that country's feed; topics and indexes.
import {expect, test} from '@playwright/test'
import Parser from 'rss-parser'
import {readSeedItems, squash} from './seed'

const seed = readSeedItems()
const newest = squash(seed[0]!.title)

test('home → newest item → its country → the country’s feed', async ({page, request}) => {
  await page.goto('/')
  // The newest item in "Latest news" (it may also be listed under "Most read this month").
  await page.getByRole('region', {name: 'Latest news'}).getByRole('link', {name: newest, exact: true}).click()
  await expect(page.getByRole('heading', {level: 1})).toHaveText(newest)
  await expect(page.locator('article time').first()).toHaveAttribute('datetime', '2020-07-13')

  await page.locator('article dl').getByRole('link', {name: 'El Salvador'}).click()
  await expect(page).toHaveURL(/\/countries\/el-salvador$/)
  await expect(page.getByRole('heading', {level: 1})).toHaveText('El Salvador')
  const figures = page.getByRole('region', {name: 'Key figures'})
  await expect(figures.getByText('News items').locator('xpath=following-sibling::dd')).toHaveText('3')
  await expect(figures.getByText('Latest item').locator('xpath=following-sibling::dd')).toHaveText('13 July 2020')
  const items = page.getByRole('region', {name: 'News about El Salvador'}).locator('article')
  await expect(items).toHaveCount(3)
  await expect(items.first()).toContainText(newest)

  const feedHref = await page.getByRole('link', {name: /RSS feed/}).getAttribute('href')
  expect(feedHref).toBe('/countries/el-salvador/feed.xml')
  await expect(page.locator('head link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', 'http://localhost:3000/countries/el-salvador/feed.xml')
  const response = await request.get(feedHref!)
  expect(response.status()).toBe(200)
  expect(response.headers()['content-type']).toContain('application/rss+xml')
  const feed = await new Parser().parseString(await response.text())
  expect(feed.items).toHaveLength(3)
  expect(squash(feed.items[0]!.title ?? '')).toBe(newest)
  expect(feed.items[0]!.link).toMatch(/^http:\/\/localhost:3000\/news\/[a-z0-9-]+$/)
  expect(feed.items[0]!.guid).toBe(feed.items[0]!.link)
  expect(feed.items[0]!.pubDate).toBe('Mon, 13 Jul 2020 12:00:00 GMT')
})

test('the home page shows topics and countries with their counts, and its search box submits to /news', async ({page}) => {
  await page.goto('/')
  const topics = page.getByRole('region', {name: 'Topics'})
  await expect(topics.getByRole('link', {name: 'COVID-19 · 4 items'})).toHaveAttribute('href', '/topics/covid-19')
  const countries = page.getByRole('region', {name: 'Countries with news'})
  await expect(countries.getByRole('link', {name: 'El Salvador · 3 items'})).toHaveAttribute('href', '/countries/el-salvador')
  await page.getByRole('searchbox', {name: 'Search news'}).fill('recruitment')
  await page.getByRole('searchbox', {name: 'Search news'}).press('Enter')
  await expect(page).toHaveURL(/\/news\?q=recruitment$/)
})

test('an item links its countries and topics and lists up to three related items, newest first', async ({page}) => {
  await page.goto('/news/guatemala-raises-awareness-about-recruitment-scams')
  await expect(page.locator('article dl').getByRole('link', {name: 'Guatemala'})).toHaveAttribute('href', '/countries/guatemala')
  await expect(page.locator('article dl').getByRole('link', {name: 'Recruitment scams'})).toHaveAttribute('href', '/topics/recruitment-scams')
  const related = page.getByRole('region', {name: 'Related news'}).locator('article')
  // Guatemala shares a country with the labour-market study and a topic (ethical recruitment) with the El Salvador training.
  await expect(related).toHaveCount(2)
  const dates = await related.locator('time').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('datetime')))
  expect(dates).toEqual(['2020-07-13', '2020-01-13'])

  await page.goto('/news/iom-launches-survey-to-understand-how-the-pandemic-has-affected-migrants-in-the-latin-american')
  const many = page.getByRole('region', {name: 'Related news'}).locator('article')
  await expect(many).toHaveCount(3)
  const manyDates = await many.locator('time').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('datetime') ?? ''))
  expect([...manyDates].sort().reverse()).toEqual(manyDates)
})

test('an item page carries NewsArticle and BreadcrumbList JSON-LD', async ({page}) => {
  await page.goto('/news/guatemala-raises-awareness-about-recruitment-scams')
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents()
  const data = blocks.map((block) => JSON.parse(block) as Record<string, unknown>)
  const article = data.find((entry) => entry['@type'] === 'NewsArticle')
  expect(article).toMatchObject({
    headline: 'Guatemala raises awareness about recruitment scams',
    datePublished: '2019-12-11T12:00:00.000Z',
    mainEntityOfPage: {'@id': 'http://localhost:3000/news/guatemala-raises-awareness-about-recruitment-scams'},
    contentLocation: [{'@type': 'Country', name: 'Guatemala'}],
  })
  expect(data.find((entry) => entry['@type'] === 'BreadcrumbList')).toBeTruthy()
})

test('the countries index groups every country by region and marks those without news', async ({page}) => {
  await page.goto('/countries')
  for (const region of ['North America', 'Central America', 'Caribbean']) {
    await expect(page.getByRole('heading', {level: 2, name: region})).toBeVisible()
  }
  const central = page.getByRole('region', {name: 'Central America'})
  await expect(central.getByRole('listitem').filter({hasText: 'El Salvador'})).toContainText('(3 items)')
  await expect(page.getByRole('region', {name: 'North America'}).getByRole('listitem').filter({hasText: 'Canada'})).toContainText('(no news yet)')
  await expect(page.getByRole('region', {name: 'Caribbean'}).getByRole('link', {name: 'Haiti'})).toHaveAttribute('href', '/countries/haiti')
})

test('a country page charts items per year, with the same numbers in a table', async ({page}) => {
  await page.goto('/countries/guatemala')
  const chart = page.getByRole('img', {name: /Bar chart of news items about Guatemala per year, 2019 to 2020/})
  await expect(chart).toBeVisible()
  const rows = page.getByRole('table', {name: 'News items per year'}).locator('tbody tr')
  await expect(rows).toHaveCount(2)
  await expect(rows.nth(0)).toHaveText(/2019\s*1/)
  await expect(rows.nth(1)).toHaveText(/2020\s*1/)
  await expect(page.getByRole('region', {name: 'Topics'}).getByRole('link', {name: /Ethical recruitment · 1 item/})).toBeVisible()
})

test('a country without news still has its page, saying so', async ({page}) => {
  const response = await page.goto('/countries/canada')
  expect(response?.status()).toBe(200)
  await expect(page.getByText('No news about Canada has been published yet.')).toBeVisible()
})

test('topics: the index with counts and a topic page with its items and countries', async ({page}) => {
  await page.goto('/topics')
  await expect(page.getByRole('heading', {level: 1, name: 'Topics'})).toBeVisible()
  await page.getByRole('link', {name: 'COVID-19', exact: true}).click()
  await expect(page).toHaveURL(/\/topics\/covid-19$/)
  await expect(page.getByRole('heading', {level: 1})).toHaveText('COVID-19')
  await expect(page.getByRole('region', {name: 'News on COVID-19'}).locator('article')).toHaveCount(4)
  await expect(page.getByRole('region', {name: 'Countries'}).getByRole('link', {name: /Mexico · 1 item/})).toHaveAttribute('href', '/countries/mexico')
  const feed = await new Parser().parseString(await (await page.request.get('/topics/covid-19/feed.xml')).text())
  expect(feed.items).toHaveLength(4)
})

test('the site feed lists every item with absolute links', async ({request}) => {
  const feed = await new Parser().parseString(await (await request.get('/feed.xml')).text())
  expect(feed.items).toHaveLength(seed.length)
  expect(new Set(feed.items.map((item) => squash(item.title ?? '')))).toEqual(new Set(seed.map((item) => squash(item.title))))
  const dates = feed.items.map((item) => item.isoDate ?? '')
  expect([...dates].sort().reverse()).toEqual(dates)
  for (const item of feed.items) expect(item.link).toMatch(/^http:\/\/localhost:3000\/news\/[a-z0-9-]+$/)
})

test('bad page numbers on a country page are corrected, not errors', async ({page}) => {
  for (const query of ['?page=abc', '?page=999', '?page=-1']) {
    const response = await page.goto(`/countries/el-salvador${query}`)
    expect(response?.status(), query).toBe(200)
    await expect(page.getByRole('region', {name: 'News about El Salvador'}).locator('article')).toHaveCount(3)
  }
})

test('old list addresses with ?page=n move for good to the list page’s own address, in both languages', async ({request}) => {
  const moves = [
    ['/countries/el-salvador?page=2', '/countries/el-salvador/page/2'],
    ['/es/topics/covid-19?page=12', '/es/topics/covid-19/page/12'],
    ['/topics/covid-19/page/1', '/topics/covid-19'],
    ['/es/countries/el-salvador/page/1', '/es/countries/el-salvador'],
    // Redirect rules match any case; the page routes only the lower-case base, so the move writes it.
    ['/Countries/el-salvador/page/1', '/countries/el-salvador'],
  ]
  for (const [from, to] of moves) {
    const response = await request.get(from!, {maxRedirects: 0})
    expect(response.status(), from).toBe(308)
    expect(new URL(response.headers().location ?? '', 'http://localhost').pathname, from).toBe(to)
  }
  // The news list keeps its query, and a first page is the list itself.
  for (const address of ['/news?page=2', '/countries/el-salvador?page=1']) expect((await request.get(address, {maxRedirects: 0})).status(), address).toBe(200)
})

test('unknown countries, topics and their feeds and images are 404s with the site’s 404 page', async ({page, request}) => {
  for (const address of ['/countries/atlantis', '/countries/El_Salvador', '/topics/no-such-topic']) {
    const response = await page.goto(address)
    expect(response?.status(), address).toBe(404)
    await expect(page.getByRole('heading', {level: 1, name: 'Page not found'})).toBeVisible()
    await expect(page.getByRole('searchbox', {name: 'Search news'})).toBeVisible()
    await expect(page.getByRole('link', {name: 'News by country'})).toHaveAttribute('href', '/countries')
  }
  for (const address of ['/countries/atlantis/feed.xml', '/topics/no-such-topic/feed.xml', '/countries/atlantis/og-image', '/news/no-such-story/og-image']) {
    expect((await request.get(address)).status(), address).toBe(404)
  }
})

test('the 404 page’s search box searches the news', async ({page}) => {
  await page.goto('/no/such/page')
  // In the browser the site's not-found boundary draws the same content again once the page's code has loaded
  // (see components/layout/not-found-page.tsx); words typed before that are lost, so the test types after it.
  await page.waitForLoadState('networkidle')
  await page.getByRole('searchbox', {name: 'Search news'}).fill('permits')
  await page.getByRole('button', {name: 'Search'}).click()
  await expect(page).toHaveURL(/\/news\?q=permits$/)
})

test('the sitemap lists every item, country and topic with lastmod, and robots.txt keeps crawlers out of the Studio and API', async ({request}) => {
  const sitemap = await (await request.get('/sitemap.xml')).text()
  expect(sitemap).toContain('<loc>http://localhost:3000/news/guatemala-raises-awareness-about-recruitment-scams</loc>')
  expect(sitemap).toContain('<loc>http://localhost:3000/countries/el-salvador</loc>')
  expect(sitemap).toContain('<loc>http://localhost:3000/topics/covid-19</loc>')
  expect(sitemap.match(/<url>/g)?.length).toBeGreaterThanOrEqual(4 + seed.length + 8)
  expect(sitemap).toMatch(/<loc>http:\/\/localhost:3000\/countries\/el-salvador<\/loc>\s*(<xhtml:link [^>]*>\s*)*<lastmod>2020-07-13/)
  const robots = await (await request.get('/robots.txt')).text()
  expect(robots).toContain('Allow: /')
  expect(robots).toContain('Disallow: /studio')
  expect(robots).toContain('Disallow: /api')
  expect(robots).toContain('Sitemap: http://localhost:3000/sitemap.xml')
})

test('printing an item or country page leaves out navigation, sharing and the alerts form; an item shows full addresses after links', async ({page}) => {
  for (const address of ['/news/guatemala-raises-awareness-about-recruitment-scams', '/countries/guatemala']) {
    await page.goto(address)
    const nav = page.locator('header nav')
    const share = page.locator('section[aria-labelledby="share-heading"]')
    const alerts = page.locator('form[action="/api/alerts/subscribe"]')
    await expect(nav).toBeVisible()
    await expect(share).toBeVisible()
    await page.emulateMedia({media: 'print'})
    await expect(nav).toBeHidden()
    await expect(share).toBeHidden()
    await expect(alerts).toBeHidden()
    if (address.startsWith('/news/')) {
      // A country page prints as its brief, with its address as text and a QR code instead (open-data.spec.ts).
      const after = await page.locator('main a[href="/topics/ethical-recruitment"]').first().evaluate((link) => getComputedStyle(link, '::after').content)
      expect(after).toBe('" (http://localhost:3000/topics/ethical-recruitment)"')
    }
    await page.emulateMedia({media: 'screen'})
  }
})
