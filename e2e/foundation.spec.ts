// A reader opens the news list and every item of the bundled dataset; editors reach the Studio.
import {expect, test} from '@playwright/test'
import {readSeedItems, siteDate, squash} from './seed'

const seed = readSeedItems()

/** The seed writes datelines with "-" or "–"; the site always prints "–". */
const sameDashes = (text: string) => text.replace(/ [-–] /g, ' – ')

test('the news list shows the ten seed items, newest first, with title, date and lead', async ({page}) => {
  await page.goto('/news')
  await expect(page.getByRole('heading', {level: 1, name: 'News'})).toBeVisible()
  const cards = page.locator('main article')
  await expect(cards).toHaveCount(10)
  const titles = (await cards.locator('h2').allTextContents()).map(squash)
  expect(titles[0]).toBe(squash(seed[0]!.title))
  expect(titles[9]).toBe(squash(seed[9]!.title))
  expect(new Set(titles)).toEqual(new Set(seed.map((item) => squash(item.title))))
  const dates = await cards.locator('time').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('datetime') ?? ''))
  expect([...dates].sort().reverse()).toEqual(dates)
  await expect(cards.first().locator('time')).toHaveText('13 July 2020')
  await expect(cards.last().locator('time')).toHaveText('11 December 2019')
  for (const item of seed) {
    const card = cards.filter({has: page.getByRole('link', {name: squash(item.title), exact: true})})
    await expect(card.locator('time')).toHaveText(siteDate(item.date))
    // The list shows the lead (up to 400 characters): the seed's paragraph, or its opening sentences when longer.
    const lead = sameDashes(squash((await card.locator('p').last().textContent()) ?? ''))
    expect(lead.length).toBeGreaterThan(100)
    expect(sameDashes(squash(item.lead)).startsWith(lead)).toBe(true)
  }
})

test('every seed item opens on its own page with its full lead paragraph', async ({page}) => {
  for (const item of seed) {
    await page.goto('/news')
    await page.getByRole('link', {name: squash(item.title), exact: true}).click()
    await expect(page).toHaveURL(/\/news\/[a-z0-9-]+$/)
    await expect(page.getByRole('heading', {level: 1})).toHaveText(squash(item.title))
    await expect(page.locator('article time').first()).toHaveText(siteDate(item.date))
    const text = squash(await page.locator('article').first().innerText())
    // The dateline is printed in capitals (CSS), so compare without case.
    expect(sameDashes(text).toLowerCase()).toContain(sameDashes(squash(item.lead)).toLowerCase())
    await expect(page).toHaveTitle(new RegExp(`^${squash(item.title).slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`))
  }
})

test('the home page lists the latest news and links to the full list', async ({page}) => {
  await page.goto('/')
  await expect(page.getByRole('heading', {level: 1})).toBeVisible()
  await expect(page.locator('main article').first()).toContainText(squash(seed[0]!.title))
  await page.getByRole('link', {name: /All news/}).click()
  await expect(page).toHaveURL(/\/news$/)
})

test('unknown addresses get the site’s own 404 page with status 404', async ({page}) => {
  for (const address of ['/news/no-such-story', '/news/NOT_A_SLUG', '/no/such/page']) {
    const response = await page.goto(address)
    expect(response?.status(), address).toBe(404)
    await expect(page.getByRole('heading', {level: 1, name: 'Page not found'})).toBeVisible()
    await expect(page.getByRole('link', {name: 'Browse all news'})).toBeVisible()
  }
})

test('a broken percent-encoding in the address is a 400, not a server error', async ({request}) => {
  const response = await request.get('/news/%E0%A4%A')
  expect(response.status()).toBe(400)
  expect(await response.text()).toContain('Bad request')
})

test('/studio in local mode explains that the Studio needs a Sanity project, without loading the Studio', async ({page}) => {
  for (const address of ['/studio', '/studio/structure']) {
    const response = await page.goto(address)
    expect(response?.status(), address).toBe(200)
    await expect(page.getByRole('heading', {level: 1, name: 'The Studio needs a Sanity project'})).toBeVisible()
    await expect(page.getByText('Connecting a real Sanity project')).toBeVisible()
    await expect(page.getByRole('link', {name: 'Back to the news'})).toHaveAttribute('href', '/')
    // Neither Sanity's bundle nor its crash screen: the Studio mounts into #sanity.
    await expect(page.locator('#sanity')).toHaveCount(0)
    await expect(page.getByText('An error occurred')).toHaveCount(0)
  }
})
