// Every kind of 404 is a complete page in the server HTML: a reader without JavaScript, or a crawler, gets the heading,
// explanation, search form and site navigation inside the site's layout, with status 404 and noindex.
import {expect, test} from '@playwright/test'

const UNKNOWN = [
  ['an unknown news item', '/news/no-such-story'],
  ['an item address that cannot be a slug', '/news/NOT_A_SLUG'],
  ['an unknown country', '/countries/atlantis'],
  ['an unknown topic', '/topics/no-such-topic'],
  ['a later list page of an unknown country', '/countries/atlantis/page/2'],
  ['a list page that is not a number', '/topics/covid-19/page/two'],
  ['an unknown address', '/no/such/page'],
] as const

test.describe('without JavaScript', () => {
  test.use({javaScriptEnabled: false})

  for (const [what, address] of UNKNOWN) {
    test(`${what} answers 404 with the whole 404 page in the server HTML`, async ({page}) => {
      const response = await page.goto(address)
      expect(response?.status()).toBe(404)
      await expect(page.locator('meta[name="robots"]').first()).toHaveAttribute('content', /noindex/)
      await expect(page).toHaveTitle(/^Page not found/)
      await expect(page.getByRole('link', {name: 'Skip to main content'})).toHaveAttribute('href', '#main')
      const navigation = page.getByRole('banner').getByRole('navigation', {name: 'Main'})
      for (const name of ['Home', 'News', 'Countries', 'Topics']) await expect(navigation.getByRole('link', {name, exact: true})).toBeVisible()
      const main = page.getByRole('main')
      await expect(main.getByRole('heading', {level: 1, name: 'Page not found'})).toBeVisible()
      await expect(main).toContainText('We could not find that page. It may have moved, or the address may have a typo.')
      await expect(main.getByRole('searchbox', {name: 'Search news'})).toBeVisible()
      await expect(main.getByRole('link', {name: 'Browse all news'})).toHaveAttribute('href', '/news')
      await expect(page.getByRole('contentinfo')).toBeVisible()
    })
  }

  test('the search form of an unknown item’s 404 searches the news with a plain page load', async ({page}) => {
    await page.goto('/news/no-such-story')
    await page.getByRole('main').getByRole('searchbox', {name: 'Search news'}).fill('recruitment')
    await page.getByRole('main').getByRole('button', {name: 'Search'}).click()
    await expect(page).toHaveURL(/\/news\?q=recruitment$/)
    await expect(page.getByRole('status')).toHaveText('2 results for “recruitment”')
  })
})

test('with JavaScript, an unknown item’s 404 stays the same page after hydration, without errors', async ({page}) => {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  const response = await page.goto('/news/no-such-story')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('main').getByRole('heading', {level: 1, name: 'Page not found'})).toBeVisible()
  // The not-found boundary draws the same content again once the page's code has loaded (docs/workarounds.md, "The
  // NotFoundPage wrapper"); words typed before that are lost, as in reading.spec.ts, so the test types after it.
  await page.waitForLoadState('networkidle')
  await page.getByRole('main').getByRole('searchbox', {name: 'Search news'}).fill('permits')
  await page.getByRole('main').getByRole('button', {name: 'Search'}).click()
  await expect(page).toHaveURL(/\/news\?q=permits$/)
  expect(errors.filter((error) => !/status of 404/.test(error))).toEqual([])
})
