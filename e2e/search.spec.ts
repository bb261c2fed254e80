// Readers search and filter /news, with and without JavaScript, and share what they found.
import AxeBuilder from '@axe-core/playwright'
import {expect, test, type Page} from '@playwright/test'
import Parser from 'rss-parser'

const GUATEMALA_SCAMS = 'Guatemala raises awareness about recruitment scams'

const resultTitles = (page: Page) => page.locator('main article h2').allInnerTexts()
const status = (page: Page) => page.getByRole('status')

test.describe('with JavaScript', () => {
  test('results follow the typing without a page reload, keeping focus, and announce the count', async ({page}) => {
    await page.goto('/news')
    await page.evaluate(() => Object.assign(window, {samePage: true}))
    const box = page.getByRole('searchbox', {name: 'Search news'})
    await box.click()
    await box.pressSequentially('recruitment scams', {delay: 20})
    await expect(page).toHaveURL(/\/news\?q=recruitment\+scams$/)
    await expect(status(page)).toHaveText('1 result for “recruitment scams”')
    expect(await resultTitles(page)).toEqual([GUATEMALA_SCAMS])
    await expect(box).toBeFocused()
    expect(await page.evaluate(() => (window as unknown as {samePage?: boolean}).samePage)).toBe(true)
    await expect(page.locator('main article mark').first()).toHaveText(/recruitment/i)
  })

  test('filters apply at once, show as chips, and back and forward restore each state', async ({page}) => {
    await page.goto('/news?q=covid')
    await expect(status(page)).toHaveText('4 results for “covid”')
    await page.getByRole('checkbox', {name: /Mexico/}).check()
    await expect(page).toHaveURL(/country=mexico/)
    await expect(status(page)).toHaveText('1 result for “covid”')
    await expect(page.getByRole('link', {name: 'Remove filter: Mexico'})).toBeVisible()

    await page.getByRole('checkbox', {name: /Haiti/}).check()
    await expect.poll(() => new URL(page.url()).searchParams.getAll('country').sort()).toEqual(['haiti', 'mexico'])
    await expect(status(page)).toHaveText('2 results for “covid”')

    await page.goBack()
    await expect(page).toHaveURL(/\/news\?q=covid&country=mexico$/)
    await expect(status(page)).toHaveText('1 result for “covid”')
    await expect(page.getByRole('checkbox', {name: /Haiti/})).not.toBeChecked()
    await page.goBack()
    await expect(status(page)).toHaveText('4 results for “covid”')
    await expect(page.getByRole('checkbox', {name: /Mexico/})).not.toBeChecked()
    await page.goForward()
    await expect(page.getByRole('checkbox', {name: /Mexico/})).toBeChecked()

    await page.getByRole('link', {name: 'Remove filter: Mexico'}).click()
    await expect(page).toHaveURL(/\/news\?q=covid$/)
    await page.goBack()
    await expect(page.getByRole('checkbox', {name: /Mexico/})).toBeChecked()
    await page.getByRole('link', {name: 'Clear all'}).click()
    await expect(page).toHaveURL(/\/news$/)
    await expect(status(page)).toHaveText('10 results')
  })

  test('a shared search URL opens on the same results', async ({page, context}) => {
    await page.goto('/news')
    await page.getByRole('searchbox', {name: 'Search news'}).fill('migrants')
    await page.getByRole('button', {name: 'Search'}).click()
    await page.getByRole('checkbox', {name: /COVID-19/}).check()
    await expect(page).toHaveURL(/topic=covid-19/)
    const shared = page.url()
    const expected = await resultTitles(page)
    expect(expected.length).toBeGreaterThan(0)
    const other = await context.newPage()
    await other.goto(shared)
    expect(await resultTitles(other)).toEqual(expected)
  })

  test('an empty result explains itself and offers a way out', async ({page}) => {
    await page.goto('/news?q=xylophone&topic=covid-19')
    await expect(page.getByRole('heading', {name: 'No news matches this search'})).toBeVisible()
    await page.getByRole('link', {name: 'Clear the search words'}).click()
    await expect(page).toHaveURL(/\/news\?topic=covid-19$/)
    await expect(status(page)).toHaveText('4 results')
  })

  test('hostile input is searched as text and shown escaped', async ({page}) => {
    let dialogs = 0
    page.on('dialog', (dialog) => {
      dialogs += 1
      void dialog.dismiss()
    })
    const hostile = '<img src=x onerror=alert(1)>*[_type=="newsItem"]'
    const response = await page.goto(`/news?q=${encodeURIComponent(hostile)}&country=..%2F..&page=-4&from=2099-13-01`)
    expect(response?.status()).toBe(200)
    await expect(status(page)).toContainText(hostile)
    await expect(page.locator('main img')).toHaveCount(0)
    expect(dialogs).toBe(0)
  })

  test('the results page has no detectable accessibility violations', async ({page}) => {
    await page.goto('/news?q=migrants&country=mexico')
    const results = await new AxeBuilder({page}).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
    expect(results.violations).toEqual([])
    await page.goto('/news?q=xylophone')
    const empty = await new AxeBuilder({page}).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
    expect(empty.violations).toEqual([])
  })
})

test('every search has an RSS feed of the same search, linked from the results', async ({page, request}) => {
  await page.goto('/news?q=covid&country=mexico')
  const link = page.getByRole('link', {name: 'Follow this search (RSS feed)'})
  await expect(link).toHaveAttribute('href', '/news/feed.xml?q=covid&country=mexico')
  // Metadata of a page whose results stream may arrive after the shell (in the body for browsers, in head for bots).
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', /\/news\/feed\.xml\?q=covid&country=mexico$/)
  const response = await request.get('/news/feed.xml?q=covid&country=mexico')
  expect(response.status()).toBe(200)
  expect(response.headers()['content-type']).toContain('application/rss+xml')
  const feed = await new Parser().parseString(await response.text())
  expect(feed.items.map((item) => item.title)).toEqual(['Government and private sector to be trained to include migrants in post COVID-19 economic recovery'])
  expect(feed.items[0]?.link).toMatch(/^https?:\/\/[^/]+\/news\/government-and-private-sector/)
  const hostile = await request.get(`/news/feed.xml?q=${encodeURIComponent('<script>]]>')}&page=-1`)
  expect(hostile.status()).toBe(200)
  expect(await hostile.text()).not.toContain('<script>')
})

test.describe('without JavaScript', () => {
  test.use({javaScriptEnabled: false})

  test('the plain form searches, filters and removes a filter with full page loads', async ({page}) => {
    await page.goto('/news')
    await page.getByRole('searchbox', {name: 'Search news'}).fill('recruitment')
    await page.getByRole('button', {name: 'Search'}).click()
    await expect(page).toHaveURL(/\/news\?q=recruitment/)
    await expect(status(page)).toHaveText('2 results for “recruitment”')
    await page.getByRole('checkbox', {name: /Guatemala/}).check()
    await page.getByRole('button', {name: 'Apply filters'}).click()
    await expect(page).toHaveURL(/country=guatemala/)
    expect(await resultTitles(page)).toEqual([GUATEMALA_SCAMS])
    await page.getByRole('link', {name: 'Remove filter: Guatemala'}).click()
    await expect(status(page)).toHaveText('2 results for “recruitment”')
  })
})
