// What is read, as readers and the comms team see it: a page view is counted from the browser (with or without
// JavaScript), shows up in "Most read this month" on the home and country pages in both languages, and the beacon
// refuses what our pages never send.
import {devices, expect, test, type APIRequestContext, type Page} from '@playwright/test'
import {bundledDocuments} from './support/bundled-dataset'

/** The local test server's statistics key and refresh period (playwright.config.ts). */
const STATS_KEY = 'e2e-stats-key'
const BROWSER = devices['Desktop Chrome'].userAgent

type Doc = {_id: string; _type: string; title?: string; name?: string; slug?: {current: string}; countries?: Array<{_ref: string}>}
const documents = bundledDocuments() as Doc[]
/** Costa Rica's only item in the bundled dataset: its country page's "Most read" can only list this one. */
const country = documents.find((document) => document._type === 'country' && document.slug?.current === 'costa-rica')!
const item = documents.find((document) => document._type === 'newsItem' && document.countries?.some((ref) => ref._ref === country._id))!
const itemPath = `/news/${item.slug!.current}`

async function itemViews(request: APIRequestContext): Promise<number> {
  const response = await request.get('/api/views/stats', {headers: {authorization: `Bearer ${STATS_KEY}`}})
  expect(response.status()).toBe(200)
  const stats = (await response.json()) as {news30: Array<{slug: string; views: number}>}
  return stats.news30.find((row) => row.slug === item.slug!.current)?.views ?? 0
}

function beaconAnswer(page: Page) {
  return page.waitForResponse((response) => new URL(response.url()).pathname === '/api/views' && response.request().method() === 'POST')
}

test('a reader’s visit is counted from the browser, with JavaScript and without, and nothing is set in the browser', async ({page, browser, request}) => {
  const before = await itemViews(request)
  const counted = beaconAnswer(page)
  await page.goto(itemPath)
  expect((await counted).status()).toBe(204)
  expect(await page.context().cookies()).toEqual([])
  await expect.poll(() => itemViews(request)).toBe(before + 1)

  const noScript = await browser.newContext({javaScriptEnabled: false, userAgent: BROWSER})
  const plain = await noScript.newPage()
  const pixel = plain.waitForResponse((response) => new URL(response.url()).pathname === '/api/views')
  await plain.goto(itemPath)
  expect((await pixel).headers()['content-type']).toBe('image/gif')
  await expect.poll(() => itemViews(request)).toBe(before + 2)
  await noScript.close()
})

test('“Most read this month” lists counted items on the home page and the item’s country page, in English and Spanish', async ({page, request}) => {
  // Enough views to put this item first, whatever the other journeys read before.
  for (let view = 0; view < 40; view++) {
    const response = await request.post('/api/views', {data: JSON.stringify({k: 'news', s: item.slug!.current, l: 'en', r: 'www.google.com'}), headers: {'user-agent': BROWSER}})
    expect(response.status()).toBe(204)
  }
  const lists = [
    {path: '/', heading: 'Most read this month'},
    {path: '/es', heading: 'Lo más leído del mes'},
    {path: `/countries/${country.slug!.current}`, heading: `Most read about ${country.name} this month`},
    {path: `/es/countries/${country.slug!.current}`, heading: /^Lo más leído sobre .+ este mes$/},
  ]
  for (const list of lists) {
    // The counts are kept an hour in production; this server refreshes them every second (VIEWS_REFRESH_SECONDS=1),
    // and a page showing them is rendered again in the background, so a later visit shows the new list.
    await expect(async () => {
      await page.goto(list.path)
      const region = page.getByRole('region', {name: list.heading})
      await expect(region.getByRole('link', {name: item.title!})).toBeVisible({timeout: 1_000})
    }).toPass({timeout: 30_000})
  }
})

test('the beacon refuses what our pages never send, and its answers are never cached', async ({request}) => {
  const post = (data: string, agent = BROWSER) => request.post('/api/views', {data, headers: {'user-agent': agent}})
  expect((await post(JSON.stringify({k: 'news', s: 'no-such-item', l: 'en'}))).status()).toBe(404)
  expect((await post(JSON.stringify({k: 'news', s: item.slug!.current, l: 'de'}))).status()).toBe(400)
  expect((await post('{'.repeat(10))).status()).toBe(400)
  expect((await post('x'.repeat(5000))).status()).toBe(413)
  expect((await request.put('/api/views', {data: '{}'})).status()).toBe(405)
  expect((await request.head(`/api/views?k=news&s=${item.slug!.current}&l=en`)).status()).toBe(405)
  const bot = await post(JSON.stringify({k: 'news', s: item.slug!.current, l: 'en'}), 'Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)')
  expect(bot.status()).toBe(204)
  expect(bot.headers()['cache-control']).toBe('no-store')
  expect((await request.get('/api/views/stats')).status()).toBe(401)
})
