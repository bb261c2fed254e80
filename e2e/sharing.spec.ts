// A stakeholder shares a country page: its share links, copy button and the metadata link previews are built from.
import {expect, test} from '@playwright/test'

const canonical = 'http://localhost:3000/countries/el-salvador'

test('a country page’s share links carry its canonical address and work as plain links', async ({page}) => {
  await page.goto('/countries/el-salvador')
  const share = page.getByRole('region', {name: 'Share'})
  const hrefs = Object.fromEntries(
    await share.locator('a[data-share]').evaluateAll((links) => links.map((link) => [link.getAttribute('data-share'), link.getAttribute('href')])),
  ) as Record<string, string>
  expect(Object.keys(hrefs)).toEqual(['whatsapp', 'email', 'linkedin', 'x', 'facebook'])
  expect(new URL(hrefs.whatsapp!).searchParams.get('text')).toBe(`El Salvador ${canonical}`)
  expect(new URL(hrefs.email!).searchParams.get('body')).toContain(canonical)
  expect(new URL(hrefs.linkedin!).searchParams.get('url')).toBe(canonical)
  expect(new URL(hrefs.x!).searchParams.get('url')).toBe(canonical)
  expect(new URL(hrefs.facebook!).searchParams.get('u')).toBe(canonical)
  await expect(share.getByRole('link', {name: /^LinkedIn/})).toHaveAttribute('rel', 'noopener noreferrer')
})

test('“Copy link” copies the canonical address and says so', async ({page, context}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto('/countries/el-salvador')
  const share = page.getByRole('region', {name: 'Share'})
  await share.getByRole('button', {name: 'Copy link'}).click()
  await expect(share.getByRole('status')).toHaveText('Link copied')
  await expect(share.getByRole('button', {name: /Link copied/})).toBeVisible()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical)
})

test('without JavaScript the share links are still there and no dead buttons are shown', async ({browser}) => {
  const context = await browser.newContext({javaScriptEnabled: false})
  const page = await context.newPage()
  await page.goto('/countries/el-salvador')
  const share = page.getByRole('region', {name: 'Share'})
  await expect(share.getByRole('link')).toHaveCount(5)
  await expect(share.getByRole('button')).toHaveCount(0)
  await context.close()
})

test('a country page has the metadata link previews need: title, description, canonical, OpenGraph image', async ({page, request}) => {
  await page.goto('/countries/el-salvador')
  await expect(page).toHaveTitle('El Salvador | Labour Migration News')
  const meta = (selector: string) => page.locator(selector).getAttribute('content')
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', canonical)
  expect(await meta('meta[property="og:title"]')).toBe('El Salvador')
  expect(await meta('meta[property="og:url"]')).toBe(canonical)
  expect(await meta('meta[name="description"]')).toContain('El Salvador')
  expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image')
  const image = await meta('meta[property="og:image"]')
  expect(image).toBe('http://localhost:3000/countries/el-salvador/og-image')
  // The configured site URL is not where the test server listens, so fetch the image by its path.
  const response = await request.get(new URL(image!).pathname)
  expect(response.status()).toBe(200)
  expect(response.headers()['content-type']).toMatch(/^image\//)
  const png = await response.body()
  expect(png.readUInt32BE(16)).toBe(1200)
  expect(png.readUInt32BE(20)).toBe(630)
})

test('an item page has its own share image and article metadata', async ({page, request}) => {
  const path = '/news/guatemala-raises-awareness-about-recruitment-scams'
  await page.goto(path)
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `http://localhost:3000${path}`)
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article')
  await expect(page.locator('meta[property="article:published_time"]')).toHaveAttribute('content', '2019-12-11T12:00:00.000Z')
  const image = await page.locator('meta[property="og:image"]').getAttribute('content')
  const response = await request.get(new URL(image!).pathname)
  expect(response.status()).toBe(200)
  expect(response.headers()['content-type']).toBe('image/png')
  await expect(page.getByRole('region', {name: 'Share'}).getByRole('link', {name: /^WhatsApp/})).toBeVisible()
})

test('the canonical ignores the Host header the request came with', async ({request}) => {
  const html = await (await request.get('/countries/el-salvador', {headers: {host: 'evil.example.com'}})).text()
  expect(html).toContain(`<link rel="canonical" href="${canonical}"/>`)
  expect(html).not.toContain('evil.example.com')
})
